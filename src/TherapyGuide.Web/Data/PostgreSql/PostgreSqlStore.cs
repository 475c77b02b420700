using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace TherapyGuide.Web.Data.PostgreSql;

/// <summary>What preparing a PostgreSQL store needs beyond EF Core: one node at a time, and plain words when the server cannot be used.</summary>
internal static class PostgreSqlStore
{
    // Any fixed number: every node of one site takes the same lock ("TGPREP" in ASCII).
    private const long PreparationLock = 0x5447_5052_4550;

    /// <summary>How long a node waits for another to finish preparing the store before it gives up with a message.</summary>
    private static readonly TimeSpan PreparationWait = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Holds a session-level advisory lock on the context's connection until disposed, so that of several nodes
    /// starting together one imports the content and creates the roles while the others wait, then find it done.
    /// The connection stays open meanwhile, so everything the scope does runs on it.
    /// </summary>
    public static async Task<IAsyncDisposable> HoldPreparationLockAsync(TherapyGuideDbContext db, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        // Waiting is the point: another node may take minutes to import on a busy machine, far past a query's timeout.
        var timeout = db.Database.GetCommandTimeout();
        db.Database.SetCommandTimeout(PreparationWait);
        try
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({PreparationLock})", cancellationToken);
        }
        finally
        {
            db.Database.SetCommandTimeout(timeout);
        }

        return new Release(db);
    }

    /// <summary>Creates the database if it is missing; another node starting at the same moment may create it first.</summary>
    public static async Task CreateDatabaseAsync(TherapyGuideDbContext db, CancellationToken cancellationToken)
    {
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (await creator.ExistsAsync(cancellationToken))
        {
            return;
        }

        try
        {
            await creator.CreateAsync(cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DuplicateDatabase)
        {
            // Created by another node meanwhile: the same empty database.
        }
    }

    /// <summary>The operator's message for a server that cannot be reached or used, or null for any other failure.</summary>
    public static string? Explain(Exception failure, string connectionString)
    {
        var where = StoreSettings.Describe(connectionString);
        return failure switch
        {
            PostgresException { SqlState: "28P01" or "28000" } => $"The PostgreSQL server refused the user name or password ({where}).",
            PostgresException { SqlState: "3D000" } => $"The PostgreSQL database does not exist and could not be created ({where}): create it, or let the account create databases.",
            PostgresException { SqlState: "42501" } denied => $"The PostgreSQL account may not do what the site needs ({where}): {denied.MessageText}",
            NpgsqlException { InnerException: SocketException or TimeoutException } or NpgsqlException { IsTransient: true }
                => $"Cannot reach the PostgreSQL server ({where}): {(failure.InnerException?.Message ?? failure.Message).TrimEnd('.')}. Check that it runs and that ConnectionStrings:TherapyGuide names it.",
            InvalidOperationException { InnerException: { } inner } => Explain(inner, connectionString),
            _ => null,
        };
    }

    private sealed class Release(TherapyGuideDbContext db) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({PreparationLock})");
            await db.Database.CloseConnectionAsync();
        }
    }
}
