using TherapyGuide.Web.Content.Editing;
using TherapyGuide.Web.Content.Files;
using TherapyGuide.Web.Data;

namespace TherapyGuide.Web.Commands;

/// <summary>
/// <c>export --to DIR [--force]</c>: writes the store's published content as data/content files (see
/// <see cref="ContentFileExport"/>), so that what editors changed in /admin can be reviewed as a change to the files.
/// The export is written into a new folder beside DIR and put in DIR's place only once complete: a failure leaves
/// no half-written export and DIR as it was.
/// </summary>
public static class ExportCommand
{
    public const string Usage = """
        Usage:
          export --to DIR [--force]   (writes the published content as data/content files: articles/*.md and the .yml
                                       lists; draft articles are left out. DIR must be new or empty; --force replaces a
                                       folder of content files, such as an earlier export or data/content itself)
        """;

    public static bool Matches(string[] args) => args is ["export", ..];

    public static async Task<int> RunAsync(string[] args, IServiceProvider services, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);

        string? given = null;
        var force = false;
        for (var i = 1; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--to" when i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal):
                    given = args[++i];
                    break;
                case "--force":
                    force = true;
                    break;
                default:
                    await error.WriteLineAsync($"Unknown or incomplete option '{args[i]}'.");
                    await error.WriteLineAsync(Usage);
                    return 2;
            }
        }

        if (given is null)
        {
            await error.WriteLineAsync("Give --to DIR, the folder to write the content files to.");
            await error.WriteLineAsync(Usage);
            return 2;
        }

        var (target, refusal) = ExportTarget.Resolve(given, force);
        if (target is null)
        {
            await error.WriteLineAsync(refusal);
            return 1;
        }

        await using var scope = services.CreateAsyncScope();
        var export = scope.ServiceProvider.GetRequiredService<ContentFileExport>();
        ExportedContent exported;
        try
        {
            exported = await ExportTarget.ReplaceAsync(target, folder => export.WriteAsync(folder, CancellationToken.None));
        }
        catch (Exception failed) when (failed is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            await error.WriteLineAsync($"Could not export to {target}: {failed.Message} Nothing was changed there.");
            return 1;
        }

        scope.ServiceProvider.GetRequiredService<AuditLog>().Add("command line", "export", target, exported.ToString());
        await scope.ServiceProvider.GetRequiredService<TherapyGuideDbContext>().SaveChangesAsync(CancellationToken.None);
        await output.WriteLineAsync($"Exported the published content to {target}: {exported}.");
        return 0;
    }
}
