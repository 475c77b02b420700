using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Serilog;
using TherapyGuide.Web.Content;
using TherapyGuide.Web.Content.Files;
using TherapyGuide.Web.Data;

namespace TherapyGuide.Web.Hosting;

/// <summary>The site's registrations and middleware, so that Program.cs reads as two lines.</summary>
public static class TherapyGuideApplication
{
    public const string ConnectionStringName = "TherapyGuide";

    public static WebApplicationBuilder AddTherapyGuide(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;

        // wwwroot/ lives at the repository root. A build maps it through the static web assets manifest,
        // which ASP.NET Core reads only in Development unless asked; a publish copies the files instead
        // and has no manifest, so this is a no-op there.
        builder.WebHost.UseStaticWebAssets();

        services.AddSerilog((provider, logging) => logging
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(provider)
            .Enrich.FromLogContext()
            .WriteTo.Console(formatProvider: CultureInfo.InvariantCulture));

        services.AddOptions<TherapyGuideOptions>().BindConfiguration(TherapyGuideOptions.Section);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<MarkdownRenderer>();
        services.AddSingleton(provider => new ContentFolder(
            StorePaths.ContentFolder(provider.GetRequiredService<IOptions<TherapyGuideOptions>>().Value.ContentPath, builder.Environment.ContentRootPath),
            provider.GetRequiredService<MarkdownRenderer>()));

        var connectionString = SqliteConnectionString(
            builder.Configuration.GetConnectionString(ConnectionStringName)
            ?? StorePaths.DefaultConnectionString(builder.Environment.ContentRootPath));
        services.AddDbContext<TherapyGuideDbContext>(options => options.UseSqlite(connectionString));
        services.AddScoped<ContentSeeder>();

        services.AddHealthChecks().AddDbContextCheck<TherapyGuideDbContext>("store");
        services.Configure<RouteOptions>(options =>
        {
            options.LowercaseUrls = true;
            options.AppendTrailingSlash = false;
        });
        services.AddRazorPages();
        return builder;
    }

    public static WebApplication UseTherapyGuide(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);

        // One log line per request, with its final status, before the error pages re-run anything.
        app.UseSerilogRequestLogging();

        // A friendly page for failures and for every 4xx without a body of its own.
        app.UseExceptionHandler("/error/500");
        app.UseStatusCodePagesWithReExecute("/error/{0}");

        app.UseRouting();
        app.MapStaticAssets();
        app.MapHealthChecks("/healthz");
        app.MapRazorPages().WithStaticAssets();
        return app;
    }

    /// <summary>Applies migrations, switches the store to WAL, then imports what data/content has that the store lacks.</summary>
    public static async Task PrepareStoreAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(app);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TherapyGuideDbContext>();

        await db.Database.MigrateAsync(cancellationToken);
        // WAL lets readers carry on while an editor saves, and a crash loses no committed save.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);

        if (scope.ServiceProvider.GetRequiredService<IOptions<TherapyGuideOptions>>().Value.SeedOnStart)
        {
            await scope.ServiceProvider.GetRequiredService<ContentSeeder>().SeedAsync(cancellationToken);
        }
    }

    /// <summary>Foreign keys on and a generous busy timeout, and the database's folder created if missing.</summary>
    private static string SqliteConnectionString(string configured)
    {
        var builder = new SqliteConnectionStringBuilder(configured);
        if (!configured.Contains("Foreign Keys", StringComparison.OrdinalIgnoreCase))
        {
            builder.ForeignKeys = true;
        }

        if (!configured.Contains("Timeout", StringComparison.OrdinalIgnoreCase))
        {
            builder.DefaultTimeout = 30;
        }

        if (builder.Mode != SqliteOpenMode.Memory && !string.IsNullOrEmpty(builder.DataSource) && builder.DataSource != ":memory:")
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }

        return builder.ToString();
    }
}
