using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TherapyGuide.Web.Accounts;
using TherapyGuide.Web.Commands;
using TherapyGuide.Web.Data;

namespace TherapyGuide.Tests.Stores;

/// <summary>Moving a site from SQLite to PostgreSQL keeps every version of every item, every account and every page as it reads.</summary>
public sealed class StoreCopyTests
{
    [PostgreSqlFact]
    public async Task A_sqlite_site_copied_into_postgresql_keeps_its_history_accounts_and_pages()
    {
        using var sqlite = new TestSite();
        using var editor = await EditorSession.SignInAsync(sqlite, "mover@example.org", Roles.Admin);
        var id = await sqlite.IdOfAsync(db => db.Articles, "what-treatment-is-like");
        var address = $"/admin/articles/edit/{id}";
        foreach (var summary in new[] { "A first edit before the move.", "A second edit before the move." })
        {
            var form = HtmlForm.From(await HtmlForm.ParseAsync(await editor.GetAsync(address)), address);
            Assert.Equal(HttpStatusCode.Redirect, (await form.Set("Form.Summary", summary).PostAsync(editor)).StatusCode);
        }

        var database = await PostgreSqlServer.NewDatabaseAsync();
        try
        {
            var (exitCode, output, error) = await CopyAsync(sqlite, database);
            Assert.True(exitCode == 0, error);
            Assert.Contains("Revisions", output, StringComparison.Ordinal);

            using var moved = PostgreSqlSite.On(database, keyFile: Path.Combine(Path.GetDirectoryName(sqlite.DatabasePath)!, "keyring.key"));
            Assert.Equal(await SnapshotAsync(sqlite), await SnapshotAsync(moved));
            using (var onSqlite = sqlite.CreateClient())
            using (var onPostgreSql = moved.CreateClient())
            {
                await PostgreSqlStoreTests.AssertSamePagesAsync(onSqlite, onPostgreSql);
            }

            // The account came across with its password, and new rows carry on after the copied ids.
            using var signedIn = EditorSession.Client(moved);
            Assert.Equal("/admin", (await EditorSession.SubmitSignInAsync(signedIn, "mover@example.org", EditorSession.Password)).Headers.Location?.OriginalString);
            var form = HtmlForm.From(await HtmlForm.ParseAsync(await signedIn.GetAsync(address)), address);
            Assert.Equal(HttpStatusCode.Redirect, (await form.Set("Form.Summary", "The first edit after the move.").PostAsync(signedIn)).StatusCode);

            // A second copy would overwrite: refused, and nothing changes.
            var (again, _, refused) = await CopyAsync(sqlite, database);
            Assert.Equal(1, again);
            Assert.Contains("is not empty", refused, StringComparison.Ordinal);
        }
        finally
        {
            await PostgreSqlServer.DropDatabaseAsync(database);
        }
    }

    private static async Task<(int ExitCode, string Output, string Error)> CopyAsync(TestSite sqlite, string database)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await OperatorCommand.RunAsync(["store", "copy-to-postgresql", "--connection-stdin"], sqlite.Services, new StringReader(database + "\n"), output, error);
        return (exitCode, output.ToString(), error.ToString());
    }

    /// <summary>
    /// Every revision of every item, every account and role, and the audit log (less the entry the copy or backup
    /// itself writes), in a form both stores give alike: times to the millisecond (PostgreSQL keeps microseconds,
    /// SQLite ticks of 100 ns).
    /// </summary>
    internal static async Task<List<string>> SnapshotAsync(TestSite site)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TherapyGuideDbContext>();
        var rows = new List<string>();
        rows.AddRange((await db.Revisions.AsNoTracking().OrderBy(r => r.Id).ToListAsync())
            .Select(r => $"revision {r.Id} {r.Kind} {r.ContentId} v{r.Version} {r.Action} {r.Author} {r.Note} {r.CreatedUtc:yyyy-MM-ddTHH:mm:ss.fff} {r.Snapshot}"));
        rows.AddRange((await db.Users.AsNoTracking().OrderBy(u => u.Id).ToListAsync())
            .Select(u => $"user {u.Id} {u.Email} {u.PasswordHash} {u.SecurityStamp} {u.LockoutEnd?.UtcDateTime:yyyy-MM-ddTHH:mm:ss.fff} {u.AccessFailedCount}"));
        rows.AddRange((await db.UserRoles.AsNoTracking().OrderBy(r => r.UserId).ToListAsync()).Select(r => $"role {r.UserId} {r.RoleId}"));
        rows.AddRange((await db.AuditEntries.AsNoTracking().Where(a => a.Action != "store-copy" && a.Action != "backup").OrderBy(a => a.Id).ToListAsync())
            .Select(a => $"audit {a.Id} {a.AtUtc:yyyy-MM-ddTHH:mm:ss.fff} {a.Actor} {a.Action} {a.Target}"));
        rows.Add($"keys {await db.DataProtectionKeys.CountAsync()}");
        rows.Add($"articles {string.Join(',', await db.Articles.AsNoTracking().OrderBy(a => a.Id).Select(a => a.Slug + a.Version + a.Summary).ToListAsync())}");
        return rows;
    }
}
