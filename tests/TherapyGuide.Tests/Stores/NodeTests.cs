using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using TherapyGuide.Web.Accounts;
using TherapyGuide.Web.Caching;
using TherapyGuide.Web.Content;
using TherapyGuide.Web.Content.Voices;
using TherapyGuide.Web.Data;

namespace TherapyGuide.Tests.Stores;

/// <summary>
/// Two nodes of the site on one PostgreSQL store, as a load balancer would see them: a browser signed in on one is
/// signed in on the other and may post the first node's form to the second; a save through either is shown by both,
/// each from its own memory cache, with the same ETag; a node that lost its connection to the others forgets its
/// cached pages (that a node out of step serves nothing cached is in CachingTests, on both stores).
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
        // Both nodes give the page the same ETag (the store's count of changes), so either answers 304 to the other's.
        var etag = (await readerA.GetAsync(Address)).Headers.ETag!;
        Assert.Equal(etag, (await readerB.GetAsync(Address)).Headers.ETag);
        Assert.Equal(HttpStatusCode.NotModified, (await RevalidateAsync(readerB, etag)).StatusCode);

        // The form comes from node A; the balancer sends its post to node B, which takes A's cookie and token.
        var id = await a.IdOfAsync(db => db.Articles, "what-treatment-is-like");
        var edit = $"/admin/articles/edit/{id}";
        Assert.Equal(HttpStatusCode.OK, (await onB.GetAsync(edit)).Status);
        var marker = $"Saved through node B {Guid.NewGuid():N}.";
        var form = HtmlForm.From(await HtmlForm.ParseAsync(await onA.Client.GetAsync(edit)), edit);
        var saved = await form.Set("Form.Summary", marker).PostAsync(onB.Client);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        // The save returned once node A said it had cleared the page: the very next request to either node shows it.
        Assert.Contains(marker, await readerA.GetStringAsync(Address), StringComparison.Ordinal);
        Assert.Contains(marker, await readerB.GetStringAsync(Address), StringComparison.Ordinal);

        await AssertCachedAsync(readerA, marker);
        var newEtag = (await readerA.GetAsync(Address)).Headers.ETag!;
        Assert.NotEqual(etag, newEtag);
        Assert.Equal(newEtag, (await readerB.GetAsync(Address)).Headers.ETag);
        Assert.Equal(HttpStatusCode.OK, (await RevalidateAsync(readerA, etag)).StatusCode);
        Assert.Equal(HttpStatusCode.NotModified, (await RevalidateAsync(readerA, newEtag)).StatusCode);
    }

    private static async Task<HttpResponseMessage> RevalidateAsync(HttpClient reader, EntityTagHeaderValue etag)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Address);
        request.Headers.IfNoneMatch.Add(etag);
        return await reader.SendAsync(request);
    }

    [PostgreSqlFact]
    public async Task A_node_that_lost_its_connection_to_the_others_forgets_its_cached_pages_and_hears_them_again()
    {
        await using var nodes = await TwoNodesAsync();
        var (a, b) = (nodes.A, nodes.B);
        using var readerA = a.CreateClient();
        await AssertCachedAsync(readerA);
        var feed = a.Services.GetRequiredService<PostgreSqlChangeFeed>();
        var listens = feed.Listens;

        // The server drops node A's listening connection (a restart, a network cut): whatever node B saves meanwhile,
        // node A never hears of it, so when it listens again it keeps no page it had cached.
        await using (var connection = new NpgsqlConnection(nodes.ConnectionString))
        {
            await connection.OpenAsync();
            Assert.Equal(true, await TestStore.ScalarAsync(connection, "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = @name",
                ("name", PostgreSqlChangeFeed.ApplicationName + feed.Node)));
        }

        await UntilAsync(() => feed.Listens > listens && feed.InStep, "node A never listened again");
        using (var first = await readerA.GetAsync(Address))
        {
            Assert.Null(first.Headers.Age);
        }

        // And it hears node B's saves again.
        using var editor = await EditorSession.SignInAsync(b, $"node-editor-{Guid.NewGuid():N}@example.org");
        var id = await b.IdOfAsync(db => db.Articles, "what-treatment-is-like");
        var edit = $"/admin/articles/edit/{id}";
        var marker = $"Saved after node A listened again {Guid.NewGuid():N}.";
        var saved = await HtmlForm.From(await HtmlForm.ParseAsync(await editor.GetAsync(edit)), edit).Set("Form.Summary", marker).PostAsync(editor);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        await UntilAsync(async () => (await readerA.GetStringAsync(Address)).Contains(marker, StringComparison.Ordinal), "node A never showed node B's save");
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

    private static Task UntilAsync(Func<bool> condition, string failure) => UntilAsync(() => Task.FromResult(condition()), failure);

    private static async Task UntilAsync(Func<Task<bool>> condition, string failure)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), failure);
            await Task.Delay(10);
        }
    }

    [PostgreSqlFact]
    public async Task A_node_whose_connection_goes_silent_is_out_of_step_within_the_stated_bound()
    {
        await using var nodes = await TwoNodesAsync();
        var server = new NpgsqlConnectionStringBuilder(nodes.ConnectionString);
        using var proxy = new SilentableProxy(server.Host!, server.Port);
        using var c = PostgreSqlSite.On(new NpgsqlConnectionStringBuilder(nodes.ConnectionString) { Host = "127.0.0.1", Port = proxy.Port }.ConnectionString);
        var feed = c.Services.GetRequiredService<PostgreSqlChangeFeed>();
        using var reader = c.CreateClient();
        await AssertCachedAsync(reader);
        Assert.True(feed.InStep);

        // The network between node C and the store stops carrying anything, without closing a connection.
        proxy.GoSilent();
        var clock = Stopwatch.StartNew();
        while (feed.InStep)
        {
            Assert.True(clock.Elapsed < PostgreSqlChangeFeed.SilenceCheck + 3 * PostgreSqlChangeFeed.SilenceAnswer, $"node C still in step {clock.Elapsed.TotalSeconds:0.0} s after its connection went silent");
            await Task.Delay(50);
        }

        // Its cached pages are no longer served, and it tries to listen again (through the silent network: in vain).
        Assert.False(feed.InStep);
    }

    /// <summary>A TCP proxy to the store that can stop carrying bytes while keeping every connection open.</summary>
    private sealed class SilentableProxy : IDisposable
    {
        private readonly System.Net.Sockets.TcpListener _listener = new(IPAddress.Loopback, 0);
        private readonly CancellationTokenSource _stop = new();
        private volatile bool _silent;

        public SilentableProxy(string host, int port)
        {
            _listener.Start();
            _ = Task.Run(async () =>
            {
                while (!_stop.IsCancellationRequested)
                {
                    System.Net.Sockets.TcpClient client;
                    try
                    {
                        client = await _listener.AcceptTcpClientAsync(_stop.Token);
                    }
                    catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or System.Net.Sockets.SocketException)
                    {
                        return;
                    }

                    var upstream = new System.Net.Sockets.TcpClient();
                    await upstream.ConnectAsync(host, port);
                    _ = CopyAsync(client.GetStream(), upstream.GetStream());
                    _ = CopyAsync(upstream.GetStream(), client.GetStream());
                }
            });
        }

        public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

        public void GoSilent() => _silent = true;

        private async Task CopyAsync(Stream from, Stream to)
        {
            var buffer = new byte[16384];
            try
            {
                int read;
                while ((read = await from.ReadAsync(buffer, _stop.Token)) > 0)
                {
                    if (!_silent)
                    {
                        await to.WriteAsync(buffer.AsMemory(0, read), _stop.Token);
                    }
                }
            }
            catch (Exception e) when (e is IOException or OperationCanceledException or ObjectDisposedException)
            {
                // a side closed, or the test ended
            }
        }

        public void Dispose()
        {
            _stop.Cancel();
            _listener.Stop();
            _stop.Dispose();
        }
    }

    [PostgreSqlFact]
    public async Task Retention_run_by_both_nodes_at_once_deletes_each_old_answer_once_and_keeps_the_rest()
    {
        await using var nodes = await TwoNodesAsync();
        var now = DateTime.UtcNow;
        await using (var scope = nodes.A.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TherapyGuideDbContext>();
            db.PageFeedback.AddRange(Enumerable.Range(0, 200).Select(i => new PageFeedback
            {
                Path = "/",
                Helpful = i % 2 == 0,
                Comment = i < 150 ? "old" : "recent",
                CreatedUtc = i < 150 ? now.AddDays(-400 - i) : now.AddDays(-i),
            }));
            await db.SaveChangesAsync();
        }

        // Both nodes' daily runs at the same moment, as after a shared restart.
        var runs = await Task.WhenAll(new[] { nodes.A, nodes.B }.Select(async node =>
        {
            await using var scope = node.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<VoicesRetention>().DeleteExpiredAsync(CancellationToken.None);
        }));

        Assert.Equal(150, runs.Sum(run => run.Feedback));
        Assert.Equal(Enumerable.Repeat("recent", 50), await ReaderVoices.InStoreAsync(nodes.A, db => db.PageFeedback.Select(f => f.Comment!).ToListAsync()));
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
