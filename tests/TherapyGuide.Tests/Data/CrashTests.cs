using System.Collections.Concurrent;
using System.Net;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace TherapyGuide.Tests.Data;

/// <summary>A crash in the middle of editors' saves loses nothing that was acknowledged and leaves the store sound.</summary>
public sealed class CrashTests(ITestOutputHelper output)
{
    private const int Editors = 4;
    private const int KillAfterAcknowledged = 60;

    [Fact]
    public async Task Killed_with_SIGKILL_mid_burst_the_store_is_sound_and_every_acknowledged_save_is_there()
    {
        var databasePath = TestSite.NewDatabasePath();
        Directory.CreateDirectory(Path.GetDirectoryName(databasePath)!);
        try
        {
            var (code, said) = await SiteProcess.RunCommandAsync(
                databasePath, EditorSession.Password + "\n", "users", "add", "--email", "crash@example.org", "--role", "Editor", "--password-stdin");
            Assert.True(code == 0, said);

            var acknowledged = new ConcurrentBag<string>();
            int[] terms;
            using (var site = await SiteProcess.StartAsync(databasePath))
            {
                terms = await GlossaryIdsAsync(databasePath);
                using var stop = new CancellationTokenSource();
                var editors = Enumerable.Range(0, Editors).Select(i => SaveUntilStoppedAsync(site.BaseAddress, terms[i], $"e{i}", acknowledged, stop.Token)).ToList();
                while (acknowledged.Count < KillAfterAcknowledged && !editors.Any(e => e.IsCompleted))
                {
                    await Task.Delay(10);
                }

                site.Kill(); // saves are in flight on every editor's connection
                await stop.CancelAsync();
                await Task.WhenAll(editors);
            }

            SqliteConnection.ClearAllPools();
            using (var restarted = await SiteProcess.StartAsync(databasePath))
            {
                await using var store = await TestStore.OpenAsync(databasePath);
                if (!TestStore.OnPostgreSql)
                {
                    // A PostgreSQL server was not killed: its files are its own business. A SQLite file is the site's.
                    Assert.Equal("ok", await ScalarAsync(store, "PRAGMA integrity_check"));
                    Assert.Equal("wal", await ScalarAsync(store, "PRAGMA journal_mode"));
                }

                var found = 0;
                foreach (var marker in acknowledged)
                {
                    var count = await TestStore.ScalarAsync(store, "SELECT count(*) FROM \"Revisions\" WHERE \"Snapshot\" LIKE @marker", ("marker", $"%Saved as {marker}-end.%"));
                    found += Convert.ToInt32(count, System.Globalization.CultureInfo.InvariantCulture) > 0 ? 1 : 0;
                }

                output.WriteLine($"{acknowledged.Count} saves acknowledged before the kill, {found} found after the restart");
                Assert.True(acknowledged.Count >= KillAfterAcknowledged, $"only {acknowledged.Count} saves were acknowledged");
                Assert.Equal(acknowledged.Count, found);

                // And readers see the latest acknowledged text of each term.
                using var reader = new HttpClient { BaseAddress = new Uri(restarted.BaseAddress) };
                for (var i = 0; i < Editors; i++)
                {
                    var last = acknowledged.Where(m => m.StartsWith($"crash-e{i}-", StringComparison.Ordinal)).OrderBy(m => int.Parse(m.Split('-')[2], System.Globalization.CultureInfo.InvariantCulture)).LastOrDefault();
                    var definition = await ScalarAsync(store, $"SELECT \"Definition\" FROM \"GlossaryTerms\" WHERE \"Id\" = {terms[i]}");
                    Assert.True(last is null || string.CompareOrdinal(definition, 0, "Saved as crash-", 0, 15) == 0, definition);
                    Assert.True(last is null || Number(definition) >= Number(last), $"{definition} is older than the acknowledged {last}");
                }
            }
        }
        finally
        {
            TestSite.DeleteDatabase(databasePath);
        }
    }

    /// <summary>One editor saving one glossary term again and again, each save from the form as it now stands.</summary>
    private static async Task SaveUntilStoppedAsync(string baseAddress, int termId, string editor, ConcurrentBag<string> acknowledged, CancellationToken stop)
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() })
        {
            BaseAddress = new Uri(baseAddress),
        };
        try
        {
            var signedIn = await EditorSession.SubmitSignInAsync(client, "crash@example.org", EditorSession.Password);
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
            var address = $"/admin/glossary/edit/{termId}";
            for (var n = 1; !stop.IsCancellationRequested; n++)
            {
                var form = HtmlForm.From(await HtmlForm.ParseAsync(await client.GetAsync(address, stop)), address);
                var marker = $"crash-{editor}-{n}";
                var saved = await form.Set("Form.Definition", $"Saved as {marker}-end.").Set("Note", marker).PostAsync(client);
                if (saved.StatusCode == HttpStatusCode.Redirect)
                {
                    acknowledged.Add(marker); // the editor has been told it is saved
                }
            }
        }
        catch (Exception exception) when (exception is HttpRequestException or OperationCanceledException or IOException)
        {
            // The site was killed under this editor.
        }
    }

    private static int Number(string text) =>
        int.Parse(text.Split("crash-")[1].Split('-')[1], System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<int[]> GlossaryIdsAsync(string databasePath)
    {
        await using var store = await TestStore.OpenAsync(databasePath);
        await using var command = store.CreateCommand();
        command.CommandText = $"SELECT \"Id\" FROM \"GlossaryTerms\" ORDER BY \"Id\" LIMIT {Editors}";
        var ids = new List<int>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetInt32(0));
        }

        return [.. ids];
    }

    private static async Task<string> ScalarAsync(System.Data.Common.DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture) ?? "";
    }
}
