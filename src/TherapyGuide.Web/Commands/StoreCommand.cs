using Microsoft.EntityFrameworkCore;
using TherapyGuide.Web.Content.Editing;
using TherapyGuide.Web.Data;
using TherapyGuide.Web.Data.PostgreSql;
using TherapyGuide.Web.Protection;

namespace TherapyGuide.Web.Commands;

/// <summary>
/// <c>store copy-to-postgresql --connection-stdin</c>: moves a site from its SQLite store to a new, empty PostgreSQL
/// database (see <see cref="StoreCopy"/>). The connection string, which may hold a password, is read from standard
/// input, never from the command line.
/// </summary>
public static class StoreCommand
{
    public const string Usage = """
        Usage:
          store copy-to-postgresql --connection-stdin   (copies this SQLite store, with all its history, into an empty
                                                         PostgreSQL database named by the connection string on standard input)
        """;

    public static bool Matches(string[] args) => args is ["store", ..];

    public static async Task<int> RunAsync(string[] args, IServiceProvider services, TextReader input, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (args is not ["store", "copy-to-postgresql", "--connection-stdin"])
        {
            await error.WriteLineAsync(Usage);
            return 2;
        }

        await using var scope = services.CreateAsyncScope();
        var source = scope.ServiceProvider.GetRequiredService<TherapyGuideDbContext>();
        if (!source.Database.IsSqlite())
        {
            await error.WriteLineAsync("This site's store is already PostgreSQL: the copy starts from a SQLite store. Nothing was copied.");
            return 1;
        }

        var target = (await input.ReadLineAsync())?.Trim();
        try
        {
            var copied = await StoreCopy.CopyAsync(source, target ?? "", "The connection string on standard input", CancellationToken.None);
            foreach (var (table, rows) in copied)
            {
                await output.WriteLineAsync($"{table,-28} {rows,8:N0} rows");
            }

            await output.WriteLineAsync($"Copied the store into the PostgreSQL {StoreSettings.Describe(target!)}.");
            await output.WriteLineAsync(
                $"Start the site with TherapyGuide__Store=PostgreSQL and that connection string, and the same key-encryption key "
                + $"({scope.ServiceProvider.GetRequiredService<KeyEncryptionKey>().Source}), or every sign-in ends.");
            scope.ServiceProvider.GetRequiredService<AuditLog>().Add("command line", "store-copy", "postgresql", $"{copied.Sum(c => c.Rows)} rows");
            await source.SaveChangesAsync(CancellationToken.None);
            return 0;
        }
        catch (StoreSettingsException refused)
        {
            await error.WriteLineAsync($"{refused.Message} Nothing was copied.");
            return 1;
        }
    }
}
