using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TherapyGuide.Web.Accounts;
using TherapyGuide.Web.Caching;
using TherapyGuide.Web.Content.Editing;
using TherapyGuide.Web.Data.PostgreSql;
using TherapyGuide.Web.Protection;

namespace TherapyGuide.Web.Data;

/// <summary>What the store needs before the site (or an operator command) uses it: migrated, roles present, content imported.</summary>
public static class StorePreparation
{
    /// <summary>
    /// Makes a SQLite store owner-only, applies migrations, switches SQLite to WAL, checks the key ring opens, then
    /// imports what data/content has that the store lacks. On PostgreSQL, several nodes may start at once: an advisory
    /// lock lets one migrate, create the roles and import while the others wait, then find it done.
    /// </summary>
    public static async Task PrepareStoreAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(app);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TherapyGuideDbContext>();
        var sqlite = db.Database.IsSqlite();
        if (sqlite && StoreFiles.DatabasePath(db.Database.GetConnectionString()) is { } store)
        {
            // Before SQLite first opens it, which would create it readable by everyone.
            StoreFiles.CreateStore(store);
            StoreFiles.NarrowStore(store, app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(StoreFiles)));
        }

        IAsyncDisposable? oneAtATime = null;
        try
        {
            if (!sqlite)
            {
                // The database first (if the account may create it), then the lock in it, then the migrations: EF
                // Core's own migration lock is let go between migrations, and a second node could apply one twice.
                await PostgreSqlStore.CreateDatabaseAsync(db, cancellationToken);
                oneAtATime = await PostgreSqlStore.HoldPreparationLockAsync(db, cancellationToken);
            }

            await MigrateAsync(db, cancellationToken);
        }
        catch (Exception failure) when (!sqlite && PostgreSqlStore.Explain(failure, db.Database.GetConnectionString()!) is { } message)
        {
            throw new StoreSettingsException(message, failure);
        }

        await using var held = oneAtATime;

        // Here, before the site serves anything: a missing or wrong key-encryption key stops the start.
        KeyRing.Check(app.Services);

        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }

        if (scope.ServiceProvider.GetRequiredService<IOptions<TherapyGuideOptions>>().Value.SeedOnStart)
        {
            await scope.ServiceProvider.GetRequiredService<ContentSeeder>().SeedAsync(cancellationToken);
        }

        await ActivatorUtilities.CreateInstance<StoredHtmlRefresh>(scope.ServiceProvider).RefreshAsync(cancellationToken);

        // Public pages' ETags carry the store's count of changes, the same on every node.
        if (app.Services.GetService<ContentVersion>() is { } version)
        {
            await version.LoadAsync(cancellationToken);
        }
    }

    private static async Task MigrateAsync(TherapyGuideDbContext db, CancellationToken cancellationToken)
    {
        // Migrating also compares the whole model with the last migration's, which costs a good part of a second:
        // only an upgraded site, or a new store, needs it.
        if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            await db.Database.MigrateAsync(cancellationToken);
        }

        if (db.Database.IsSqlite())
        {
            // WAL lets readers carry on while an editor saves, and a crash loses no committed save.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }
}
