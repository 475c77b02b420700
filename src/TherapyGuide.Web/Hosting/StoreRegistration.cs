using Microsoft.EntityFrameworkCore;
using TherapyGuide.Web.Caching;
using TherapyGuide.Web.Content.Search;
using TherapyGuide.Web.Data;
using TherapyGuide.Web.Data.PostgreSql;
using TherapyGuide.Web.Data.Sqlite;

namespace TherapyGuide.Web.Hosting;

/// <summary>
/// The store (SQLite unless TherapyGuide:Store says PostgreSQL), its backups and its health check. The site asks
/// for <see cref="TherapyGuideDbContext"/>; each store has its own subclass and migrations. Preparing the store at
/// start is <see cref="StorePreparation"/>.
/// </summary>
public static class StoreRegistration
{
    /// <param name="builder">The web application builder.</param>
    /// <param name="quiet">An operator command, which starts differently: no startup profile.</param>
    public static WebApplicationBuilder AddStore(this WebApplicationBuilder builder, bool quiet)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var configured = builder.Configuration.GetConnectionString(TherapyGuideApplication.ConnectionStringName);
        // Pooled: a context is reset and reused rather than built for every request.
        if (StoreSettings.KindOf(builder.Configuration) == StoreKind.PostgreSql)
        {
            var connectionString = StoreSettings.PostgreSqlConnection(configured);
            builder.Services.AddDbContextPool<TherapyGuideDbContext, PostgreSqlStoreContext>(options => options.UseNpgsql(connectionString));
            builder.Services.AddScoped<ISearchStore, PostgreSqlSearchStore>();
            // Several nodes may share this store: each tells the others what a save made out of date, and hears theirs.
            builder.Services.AddSingleton(new PostgreSqlChangeFeed.Listening(connectionString));
            builder.Services.AddSingleton<PostgreSqlChangeFeed>();
            builder.Services.AddSingleton<ICacheCoherence>(provider => provider.GetRequiredService<PostgreSqlChangeFeed>());
            builder.Services.AddSingleton<IChangeBroadcast>(provider => provider.GetRequiredService<PostgreSqlChangeFeed>());
            builder.Services.AddHostedService(provider => provider.GetRequiredService<PostgreSqlChangeFeed>());
        }
        else
        {
            var connectionString = StoreConnection.For(configured ?? StorePaths.DefaultConnectionString(builder.Environment.ContentRootPath));
            if (!quiet && TherapyGuideApplication.Setting(builder.Configuration, nameof(TherapyGuideOptions.StartupProfile)))
            {
                StartupProfile.Start(connectionString);
            }

            builder.Services.AddDbContextPool<TherapyGuideDbContext, SqliteStoreContext>(options => options.UseSqlite(connectionString));
            builder.Services.AddScoped<ISearchStore, SqliteSearchStore>();
        }

        builder.Services.AddScoped<ContentSeeder>();
        builder.Services.AddScoped<StoreBackup>();
        builder.Services.AddHealthChecks().AddDbContextCheck<TherapyGuideDbContext>("store");
        return builder;
    }
}
