using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using TherapyGuide.Web.Accounts;
using TherapyGuide.Web.Caching;

namespace TherapyGuide.Tests.Stores;

/// <summary>
/// Two nodes of the site on one PostgreSQL store, as a load balancer would see them: a browser signed in on one is
/// signed in on the other and may post the first node's form to the second; a save through either is shown by both,
/// each from its own memory cache; a node that stops hearing the other's changes serves nothing cached meanwhile.
/// </summary>
public sealed class NodeTests
{
    private const string Address = "/articles/what-treatment-is-like";

    [PostgreSqlFact]
    public async Task A_browser_sent_to_either_node_stays_signed_in_and_each_node_shows_the_others_saves()
    {
        await using var nodes = await TwoNodesAsync();
        var (a, b) = (nodes.A, nodes.B);
        var email = $"node-editor-{Guid.NewGuid():N}@example.org";
        Assert.Equal(0, (await EditorSession.AddUserAsync(a, email, Roles.Editor, EditorSession.Password)).ExitCode);
        using var onA = await CapturedSession.SignInAsync(a, email);
        using var onB = onA.Through(b);
        using var readerA = a.CreateClient();
        using var readerB = b.CreateClient();
        await AssertCachedAsync(readerA);
        await AssertCachedAsync(readerB);

        // The form comes from node A; the balancer sends its post to node B, which takes A's cookie and token.
        var id = await a.IdOfAsync(db => db.Articles, "what-treatment-is-like");
        var edit = $"/admin/articles/edit/{id}";
        Assert.Equal(HttpStatusCode.OK, (await onB.GetAsync(edit)).Status);
        var marker = $"Saved through node B {Guid.NewGuid():N}.";
        var form = HtmlForm.From(await HtmlForm.ParseAsync(await onA.Client.GetAsync(edit)), edit);
        var saved = await form.Set("Form.Summary", marker).PostAsync(onB.Client);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        Assert.Contains(marker, await readerB.GetStringAsync(Address), StringComparison.Ordinal);
        var clock = Stopwatch.StartNew();
        while (!(await readerA.GetStringAsync(Address)).Contains(marker, StringComparison.Ordinal))
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), "node A still shows its cached page a second after node B saved");
            await Task.Delay(5);
        }

        await AssertCachedAsync(readerA, marker);
    }

    [PostgreSqlFact]
    public async Task A_node_that_stops_hearing_the_others_serves_nothing_cached_until_it_hears_again_and_then_forgets_its_pages()
    {
        await using var nodes = await TwoNodesAsync();
        var (a, b) = (nodes.A, nodes.B);
        using var readerA = a.CreateClient();
        await AssertCachedAsync(readerA);
        var feed = a.Services.GetRequiredService<PostgreSqlChangeFeed>();

        // The server drops node A's listening connection (a restart, a network cut).
        await using (var connection = new NpgsqlConnection(nodes.ConnectionString))
        {
            await connection.OpenAsync();
            Assert.Equal(true, await TestStore.ScalarAsync(connection, "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = @name",
                ("name", PostgreSqlChangeFeed.ApplicationName + feed.Node)));
        }

        await UntilAsync(() => !feed.InStep, "node A never noticed its lost connection");
        using var editor = await EditorSession.SignInAsync(b, $"node-editor-{Guid.NewGuid():N}@example.org");
        var id = await b.IdOfAsync(db => db.Articles, "what-treatment-is-like");
        var edit = $"/admin/articles/edit/{id}";
        var marker = $"Saved while node A was deaf {Guid.NewGuid():N}.";
        var saved = await HtmlForm.From(await HtmlForm.ParseAsync(await editor.GetAsync(edit)), edit).Set("Form.Summary", marker).PostAsync(editor);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        // Out of step, node A renders afresh and answers no 304 to the ETag it gave before.
        var page = await readerA.GetAsync(Address);
        Assert.Contains(marker, await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(page.Headers.Age);
        Assert.Null(page.Headers.ETag);

        // Listening again, it caches again, and what it caches is the new page.
        await UntilAsync(() => feed.InStep, "node A never listened again");
        await AssertCachedAsync(readerA, marker);
    }

    /// <summary>The page is answered twice, the second time from the node's cache (the Age header says so).</summary>
    private static async Task AssertCachedAsync(HttpClient reader, string? holding = null)
    {
        await reader.GetStringAsync(Address);
        using var again = await reader.GetAsync(Address);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.NotNull(again.Headers.Age);
        if (holding is not null)
        {
            Assert.Contains(holding, await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    private static async Task UntilAsync(Func<bool> condition, string failure)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), failure);
            await Task.Delay(10);
        }
    }

    private static async Task<Nodes> TwoNodesAsync()
    {
        var first = new PostgreSqlSite();
        await first.InitializeAsync();
        var second = PostgreSqlSite.On(first.ConnectionString);
        _ = second.Services;
        return new Nodes(first, second);
    }

    private sealed class Nodes(PostgreSqlSite first, TestSite second) : IAsyncDisposable
    {
        public TestSite A => first.Site;

        public TestSite B => second;

        public string ConnectionString => first.ConnectionString;

        public async ValueTask DisposeAsync()
        {
            await second.DisposeAsync();
            await first.DisposeAsync();
        }
    }
}
