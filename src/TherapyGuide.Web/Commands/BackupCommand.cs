using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using TherapyGuide.Web.Content.Editing;
using TherapyGuide.Web.Data;
using TherapyGuide.Web.Data.PostgreSql;
using TherapyGuide.Web.Protection;

namespace TherapyGuide.Web.Commands;

/// <summary>
/// The operator's backup: <c>backup --to FILE [--overwrite]</c> writes a consistent copy of the store, even while
/// the site runs, prints what it did and exits.
/// </summary>
public static class BackupCommand
{
    public const string Usage = """
        Usage:
          backup --to FILE [--overwrite]   (a consistent copy of the store, safe while the site runs)
        """;

    public static bool Matches(string[] args) => args is ["backup", ..];

    public static async Task<int> RunAsync(string[] args, IServiceProvider services, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);

        string? target = null;
        var overwrite = false;
        for (var i = 1; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--to" when i + 1 < args.Length:
                    target = Path.GetFullPath(args[++i]);
                    break;
                case "--overwrite":
                    overwrite = true;
                    break;
                default:
                    await error.WriteLineAsync($"Unknown or incomplete option '{args[i]}'.");
                    await error.WriteLineAsync(Usage);
                    return 2;
            }
        }

        if (target is null)
        {
            await error.WriteLineAsync("Give --to FILE, the file to write the copy to.");
            await error.WriteLineAsync(Usage);
            return 2;
        }

        if (File.Exists(target))
        {
            if (!overwrite)
            {
                await error.WriteLineAsync($"{target} already exists; nothing was written. Add --overwrite to replace it.");
                return 1;
            }

            File.Delete(target);
        }

        await using var scope = services.CreateAsyncScope();
        var database = scope.ServiceProvider.GetRequiredService<TherapyGuideDbContext>().Database;
        if (!database.IsSqlite())
        {
            return await DumpPostgreSqlAsync(scope.ServiceProvider, database.GetConnectionString()!, target, output, error);
        }

        // Copy the store the site uses, as it is: never a new empty one made because the setting was missed here.
        var store = new SqliteConnectionStringBuilder(database.GetConnectionString()).DataSource;
        if (string.IsNullOrEmpty(store) || !File.Exists(store))
        {
            await error.WriteLineAsync($"There is no store at '{store}'; nothing was written. Set ConnectionStrings__TherapyGuide to the site's store.");
            return 1;
        }

        var bytes = await scope.ServiceProvider.GetRequiredService<StoreBackup>().WriteToAsync(target, CancellationToken.None);
        scope.ServiceProvider.GetRequiredService<AuditLog>().Add("command line", "backup", target, $"{bytes} bytes");
        await scope.ServiceProvider.GetRequiredService<TherapyGuideDbContext>().SaveChangesAsync(CancellationToken.None);
        await output.WriteLineAsync($"Backed up the store to {target} ({bytes:N0} bytes).");
        await RemindOfTheKeyAsync(scope.ServiceProvider, output);
        return 0;
    }

    /// <summary>A PostgreSQL store is backed up by pg_dump, restorable with pg_restore into an empty database.</summary>
    private static async Task<int> DumpPostgreSqlAsync(IServiceProvider services, string connectionString, string target, TextWriter output, TextWriter error)
    {
        if (PostgreSqlDump.FindPgDump() is not { } pgDump)
        {
            await error.WriteLineAsync(
                "A PostgreSQL store is backed up with pg_dump, which is not on this machine; nothing was written. Install PostgreSQL's "
                + "client tools (on Debian: apt-get install postgresql-client), or run pg_dump --format=custom where they are.");
            return 1;
        }

        try
        {
            var bytes = await PostgreSqlDump.WriteToAsync(pgDump, connectionString, target, CancellationToken.None);
            services.GetRequiredService<AuditLog>().Add("command line", "backup", target, $"{bytes} bytes, pg_dump");
            await services.GetRequiredService<TherapyGuideDbContext>().SaveChangesAsync(CancellationToken.None);
            await output.WriteLineAsync($"Backed up the store with pg_dump to {target} ({bytes:N0} bytes). Restore it with pg_restore --no-owner into an empty database.");
            await RemindOfTheKeyAsync(services, output);
            return 0;
        }
        catch (StoreSettingsException failed)
        {
            await error.WriteLineAsync($"{failed.Message} Nothing was written.");
            return 1;
        }
    }

    private static Task RemindOfTheKeyAsync(IServiceProvider services, TextWriter output) =>
        output.WriteLineAsync(
            $"The key-encryption key ({services.GetRequiredService<KeyEncryptionKey>().Source}) is not in the backup: keep a copy of it separately to restore sign-ins.");
}
