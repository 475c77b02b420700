using Microsoft.EntityFrameworkCore;
using TherapyGuide.Web.Data;

namespace TherapyGuide.Web.Hosting;

/// <summary>The SQLite store, its backups and its health check. Preparing it at start is <see cref="StorePreparation"/>.</summary>
public static class StoreRegistration
{
    /// <param name="builder">The web application builder.</param>
    /// <param name="quiet">An operator command, which starts differently: no startup profile.</param>
    public static WebApplicationBuilder AddStore(this WebApplicationBuilder builder, bool quiet)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var connectionString = StoreConnection.For(
            builder.Configuration.GetConnectionString(TherapyGuideApplication.ConnectionStringName)
            ?? StorePaths.DefaultConnectionString(builder.Environment.ContentRootPath));
        if (!quiet && TherapyGuideApplication.Setting(builder.Configuration, nameof(TherapyGuideOptions.StartupProfile)))
        {
            StartupProfile.Start(connectionString);
        }

        // Pooled: a context is reset and reused rather than built for every request.
        builder.Services.AddDbContextPool<TherapyGuideDbContext>(options => options.UseSqlite(connectionString));
        builder.Services.AddScoped<ContentSeeder>();
        builder.Services.AddScoped<StoreBackup>();
        builder.Services.AddHealthChecks().AddDbContextCheck<TherapyGuideDbContext>("store");
        return builder;
    }
}
