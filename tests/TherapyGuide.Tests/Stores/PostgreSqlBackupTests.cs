using System.Diagnostics;
using TherapyGuide.Web.Accounts;
using TherapyGuide.Web.Commands;
using TherapyGuide.Web.Data.PostgreSql;

namespace TherapyGuide.Tests.Stores;

/// <summary>Backing up a PostgreSQL store: the backup command runs pg_dump, and pg_restore brings back every item, revision and account.</summary>
public sealed class PostgreSqlBackupTests
{
    [PostgreSqlFact]
    public async Task A_backup_restored_into_an_empty_database_has_every_item_revision_and_account()
    {
        using var original = new PostgreSqlSite();
        await original.InitializeAsync();
        using var admin = await EditorSession.SignInAsync(original.Site, "pg-backup@example.org", Roles.Admin);
        var target = Path.Combine(Path.GetTempPath(), $"therapyguide-{Guid.NewGuid():N}.dump");
        var restored = await PostgreSqlServer.NewDatabaseAsync();
        try
        {
            using var output = new StringWriter();
            using var error = new StringWriter();
            var exitCode = await OperatorCommand.RunAsync(["backup", "--to", target], original.Site.Services, TextReader.Null, output, error);
            Assert.True(exitCode == 0, error.ToString());
            Assert.Contains("with pg_dump", output.ToString(), StringComparison.Ordinal);
            if (!OperatingSystem.IsWindows())
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(target));
            }

            Restore(target, restored);
            using var back = PostgreSqlSite.On(restored);
            Assert.Equal(await StoreCopyTests.SnapshotAsync(original.Site), await StoreCopyTests.SnapshotAsync(back));
            using var signedIn = EditorSession.Client(back);
            Assert.Equal("/admin", (await EditorSession.SubmitSignInAsync(signedIn, "pg-backup@example.org", EditorSession.Password)).Headers.Location?.OriginalString);

            // The admin page cannot stream a dump: it says what to use instead.
            var page = await HtmlForm.ParseAsync(await admin.GetAsync("/admin/backup"));
            Assert.Contains("pg_dump", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
            Assert.Null(page.QuerySelector("main form[method=post]"));
            Assert.DoesNotContain("Download", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal); // nothing here to download
        }
        finally
        {
            File.Delete(target);
            await PostgreSqlServer.DropDatabaseAsync(restored);
            await original.DisposeAsync();
        }
    }

    private static void Restore(string dump, string connectionString)
    {
        var database = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        var info = new ProcessStartInfo(Path.Combine(Path.GetDirectoryName(PostgreSqlDump.FindPgDump())!, "pg_restore"))
        {
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "--no-owner", "--exit-on-error", $"--host={database.Host}", $"--port={database.Port}", $"--username={database.Username}", $"--dbname={database.Database}", dump })
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, error);
    }
}
