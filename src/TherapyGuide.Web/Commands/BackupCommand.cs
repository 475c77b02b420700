using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using TherapyGuide.Web.Content.Editing;
using TherapyGuide.Web.Data;
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
            await error.WriteLineAsync(
                "This command copies a SQLite store; nothing was written. Back up a PostgreSQL store with PostgreSQL's own tools: "
                + "pg_dump --format=custom --file=FILE, restored with pg_restore (see the README).");
            return 1;
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
        var keyEncryptionKey = scope.ServiceProvider.GetRequiredService<KeyEncryptionKey>();
        await output.WriteLineAsync($"The key-encryption key ({keyEncryptionKey.Source}) is not in the backup: keep a copy of it separately to restore sign-ins.");
        return 0;
    }
}
