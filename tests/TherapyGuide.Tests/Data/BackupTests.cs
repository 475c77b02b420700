using System.Net;
using Microsoft.Data.Sqlite;
using TherapyGuide.Web.Accounts;
using TherapyGuide.Web.Commands;

namespace TherapyGuide.Tests.Data;

/// <summary>A backup is a consistent copy that a new site can run on, with every item and every earlier version.</summary>
public sealed class BackupTests
{
    private static readonly string[] _tables =
        ["Articles", "ComparisonAspects", "SideEffects", "GlossaryTerms", "Conditions", "Revisions", "SlugRedirects", "AspNetUsers"];

    [SqliteFact("a SQLite store is backed up by the site itself; PostgreSqlBackupTests dump and restore a PostgreSQL store")]
    public async Task The_backup_command_copies_every_item_and_a_site_restored_from_it_shows_them_all()
    {
        using var site = new TestSite();
        using var editor = await EditorSession.SignInAsync(site, "backup-editor@example.org");
        var backupPath = TestSite.NewDatabasePath();
        try
        {
            var output = new StringWriter();
            var error = new StringWriter();
            var code = await BackupCommand.RunAsync(["backup", "--to", backupPath], site.Services, output, error);

            Assert.True(code == 0, error.ToString());
            Assert.Contains($"Backed up the store to {backupPath}", output.ToString(), StringComparison.Ordinal);
            await AssertSameItemsAsync(site.DatabasePath, backupPath);
            await AssertRestoredSiteServesEveryArticleAsync(backupPath, site.DatabasePath);
        }
        finally
        {
            TestSite.DeleteDatabase(backupPath);
        }
    }

    [SqliteFact("a SQLite store is backed up by the site itself; PostgreSqlBackupTests dump and restore a PostgreSQL store")]
    public async Task The_backup_command_refuses_to_copy_a_store_that_is_not_there_and_makes_none()
    {
        using var site = new TestSite();
        _ = site.Services; // started, then its store goes missing (a mistyped setting in the operator's shell)
        TestSite.DeleteDatabase(site.DatabasePath);
        var backupPath = TestSite.NewDatabasePath();
        var error = new StringWriter();

        var code = await BackupCommand.RunAsync(["backup", "--to", backupPath], site.Services, TextWriter.Null, error);

        Assert.Equal(1, code);
        Assert.Contains("There is no store", error.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(site.DatabasePath));
        Assert.False(File.Exists(backupPath));
    }

    [SqliteFact("a SQLite store is backed up by the site itself; PostgreSqlBackupTests dump and restore a PostgreSQL store")]
    public async Task The_backup_command_never_overwrites_a_file_unless_asked()
    {
        using var site = new TestSite();
        var backupPath = TestSite.NewDatabasePath();
        Directory.CreateDirectory(Path.GetDirectoryName(backupPath)!);
        await File.WriteAllTextAsync(backupPath, "precious");
        try
        {
            var error = new StringWriter();
            Assert.Equal(1, await BackupCommand.RunAsync(["backup", "--to", backupPath], site.Services, TextWriter.Null, error));
            Assert.Contains("already exists", error.ToString(), StringComparison.Ordinal);
            Assert.Equal("precious", await File.ReadAllTextAsync(backupPath));

            Assert.Equal(0, await BackupCommand.RunAsync(["backup", "--to", backupPath, "--overwrite"], site.Services, TextWriter.Null, error));
            await AssertSameItemsAsync(site.DatabasePath, backupPath);
        }
        finally
        {
            TestSite.DeleteDatabase(backupPath);
        }
    }

    [SqliteFact("a SQLite store is backed up by the site itself; PostgreSqlBackupTests dump and restore a PostgreSQL store")]
    public async Task An_admin_downloads_a_consistent_copy_from_admin_and_an_editor_cannot()
    {
        using var site = new TestSite();
        using var admin = await EditorSession.SignInAsync(site, "backup-admin@example.org", Roles.Admin);
        using var editor = await EditorSession.SignInAsync(site, "plain-editor@example.org");
        var backupPath = TestSite.NewDatabasePath();
        try
        {
            var page = await admin.GetAsync("/admin/backup");
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            var download = await HtmlForm.From(await HtmlForm.ParseAsync(page), "/admin/backup").PostAsync(admin);

            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            Assert.Equal("application/vnd.sqlite3", download.Content.Headers.ContentType?.MediaType);
            Assert.Contains("no-store", download.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
            Assert.EndsWith(".db", download.Content.Headers.ContentDisposition?.FileNameStar ?? download.Content.Headers.ContentDisposition?.FileName?.Trim('"'), StringComparison.Ordinal);
            await File.WriteAllBytesAsync(backupPath, await download.Content.ReadAsByteArrayAsync());
            await AssertSameItemsAsync(site.DatabasePath, backupPath);
            Assert.Contains("backup", await admin.GetStringAsync("/admin/audit"), StringComparison.Ordinal);

            var refused = await editor.GetAsync("/admin/backup");
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.Contains("/admin/denied", refused.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }
        finally
        {
            TestSite.DeleteDatabase(backupPath);
        }
    }

    private static async Task AssertSameItemsAsync(string originalPath, string backupPath)
    {
        await using var backup = new SqliteConnection($"Data Source={backupPath};Mode=ReadOnly;Pooling=False");
        await backup.OpenAsync();
        Assert.Equal("ok", await ScalarAsync(backup, "PRAGMA integrity_check"));
        await using var original = new SqliteConnection($"Data Source={originalPath};Mode=ReadOnly");
        await original.OpenAsync();
        foreach (var table in _tables)
        {
            var query = $"SELECT group_concat(Id, ',') FROM (SELECT Id FROM \"{table}\" ORDER BY Id)";
            var expected = await ScalarAsync(original, query);
            Assert.False(string.IsNullOrEmpty(expected) && table is not ("SlugRedirects" or "AspNetUsers"), $"{table} is empty in the original store");
            Assert.Equal(expected, await ScalarAsync(backup, query));
        }
    }

    private static async Task AssertRestoredSiteServesEveryArticleAsync(string backupPath, string originalPath)
    {
        await using var original = new SqliteConnection($"Data Source={originalPath};Mode=ReadOnly");
        await original.OpenAsync();
        var slugs = (await ScalarAsync(original, "SELECT group_concat(Slug, ' ') FROM Articles WHERE Status = 'Published'")).Split(' ');

        using var restored = new TestSite(backupPath);
        using var restoredWithoutSeeding = restored.WithWebHostBuilder(builder => builder.UseSetting("TherapyGuide:SeedOnStart", "false"));
        using var reader = restoredWithoutSeeding.CreateClient();
        Assert.NotEmpty(slugs);
        foreach (var slug in slugs)
        {
            Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync($"/articles/{slug}")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/glossary")).StatusCode);
        Assert.Contains("lupus", await reader.GetStringAsync("/search?q=lupus"), StringComparison.OrdinalIgnoreCase);
    }

    private static async Task<string> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture) ?? "";
    }
}
