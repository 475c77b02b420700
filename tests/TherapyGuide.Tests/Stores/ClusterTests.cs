using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using Xunit.Abstractions;

namespace TherapyGuide.Tests.Stores;

/// <summary>
/// The cluster as an operator runs it (<see cref="TestCluster"/>): PostgreSQL, two nodes in processes of their own,
/// Varnish in front with the repository's configuration. An editor signed in through the front saves on one node and
/// the change is at the next request through the other node and through the front; a node killed while readers read
/// and an editor saves loses no save it acknowledged, the front keeps answering, and the node rejoins.
/// </summary>
public sealed class ClusterTests(ITestOutputHelper output)
{
    private const string Slug = "what-treatment-is-like";
    private const string Address = $"/articles/{Slug}";

    [ClusterFact]
    public async Task The_shipped_varnish_configuration_compiles_as_it_is()
    {
        var (exitCode, error) = await VarnishServer.CompileShippedAsync();

        Assert.True(exitCode == 0, error);
    }

    [ClusterFact]
    public async Task A_save_on_one_node_is_shown_at_the_next_request_through_the_other_node_and_through_the_front()
    {
        await using var cluster = await TestCluster.StartAsync();
        var email = $"cluster-editor-{Guid.NewGuid():N}@example.org";
        await cluster.AddEditorAsync(email);
        var cookies = new CookieContainer();
        using var editorFront = Browser(cluster.Front.BaseAddress, cookies);
        using var editorOnA = Browser(cluster.Node(0), cookies);
        using var reader = Browser(cluster.Front.BaseAddress, new CookieContainer());
        using var readerOnB = Browser(cluster.Node(1), new CookieContainer());

        // A node tells the front it may keep the page, and what the page shows; the front tells readers to ask again.
        using (var direct = await readerOnB.GetAsync(Address))
        {
            Assert.Contains("s-maxage=600", direct.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
            Assert.Contains($"article:{Slug}", string.Join(' ', direct.Headers.GetValues("xkey")).Split(' '));
        }

        await ReadThroughFrontAsync(reader);
        var (etag, hit) = await ReadThroughFrontAsync(reader);
        Assert.Equal("hit", hit);
        // A reader's own cookies (another site's, an old one's) do not split the front's copy.
        using (var cookieSender = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = new Uri(cluster.Front.BaseAddress) })
        using (var withCookie = new HttpRequestMessage(HttpMethod.Get, Address))
        {
            withCookie.Headers.Add("Cookie", "tracking=1; tg.af=old");
            using var response = await cookieSender.SendAsync(withCookie);
            Assert.Equal("hit", Header(response, "X-Cache"));
        }

        using (var revalidated = await SendAsync(reader, Address, etag))
        {
            Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
        }

        // Signed in through the front; the editors' pages are never kept by it.
        var signIn = await HtmlForm.ParseAsync(await editorFront.GetAsync("/admin/signin"));
        var signedIn = await HtmlForm.From(signIn, "/admin/signin").Set("Email", email).Set("Password", EditorSession.Password).PostAsync(editorFront);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var id = await cluster.ScalarAsync<int>("""SELECT "Id" FROM "Articles" WHERE "Slug" = $1""", Slug);
        var edit = $"/admin/articles/edit/{id}";
        for (var i = 0; i < 2; i++)
        {
            using var page = await editorFront.GetAsync(edit);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Equal("miss", Header(page, "X-Cache"));
            Assert.True(page.Headers.CacheControl!.NoStore);
        }

        // The form from the front, saved on node A.
        var marker = $"Saved on node A {Guid.NewGuid():N}.";
        var form = HtmlForm.From(await HtmlForm.ParseAsync(await editorFront.GetAsync(edit)), edit);
        using (var saved = await form.Set("Form.Summary", marker).PostAsync(editorOnA))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        // At once, through node B and through the front.
        Assert.Contains(marker, await readerOnB.GetStringAsync(Address), StringComparison.Ordinal);
        using (var fresh = await reader.GetAsync(Address))
        {
            Assert.Equal("miss", Header(fresh, "X-Cache"));
            Assert.Contains(marker, await fresh.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.NotEqual(etag, fresh.Headers.ETag);
        }

        using (var old = await SendAsync(reader, Address, etag))
        {
            Assert.Equal(HttpStatusCode.OK, old.StatusCode);
        }

        var (_, again) = await ReadThroughFrontAsync(reader, marker);
        Assert.Equal("hit", again);
        using var purge = new HttpRequestMessage(new HttpMethod("PURGE"), "/");
        using var refused = await reader.SendAsync(purge);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode); // a purge must name its tags
    }

    [ClusterFact]
    public async Task A_node_killed_while_readers_read_and_an_editor_saves_loses_no_acknowledged_save_and_rejoins()
    {
        await using var cluster = await TestCluster.StartAsync();
        var email = $"cluster-editor-{Guid.NewGuid():N}@example.org";
        await cluster.AddEditorAsync(email);
        var cookies = new CookieContainer();
        using var editor = Browser(cluster.Front.BaseAddress, cookies);
        var signIn = await HtmlForm.ParseAsync(await editor.GetAsync("/admin/signin"));
        Assert.Equal(HttpStatusCode.Redirect, (await HtmlForm.From(signIn, "/admin/signin").Set("Email", email).Set("Password", EditorSession.Password).PostAsync(editor)).StatusCode);
        string[] slugs = ["what-treatment-is-like", "choosing-a-treatment", "side-effects-compared", "how-the-immune-system-fights-cancer"];
        var ids = new Dictionary<string, int>();
        foreach (var slug in slugs)
        {
            ids[slug] = await cluster.ScalarAsync<int>("""SELECT "Id" FROM "Articles" WHERE "Slug" = $1""", slug);
        }

        string[] pages = ["/", "/articles", "/side-effects", "/glossary", "/compare", .. slugs.Select(slug => $"/articles/{slug}")];
        var clock = Stopwatch.StartNew();
        var answers = new ConcurrentQueue<(TimeSpan At, int Status)>();
        var acknowledged = new ConcurrentQueue<(string Slug, string Marker)>();
        var refusedSaves = new ConcurrentQueue<int>();
        using var stop = new CancellationTokenSource();
        var readers = Enumerable.Range(0, 3).Select(r => Task.Run(async () =>
        {
            using var reader = Browser(cluster.Front.BaseAddress, new CookieContainer());
            for (var i = r; !stop.IsCancellationRequested; i++)
            {
                try
                {
                    using var response = await reader.GetAsync(pages[i % pages.Length]);
                    answers.Enqueue((clock.Elapsed, (int)response.StatusCode));
                }
                catch (HttpRequestException)
                {
                    answers.Enqueue((clock.Elapsed, 0));
                }
            }
        })).ToList();
        var saves = Task.Run(async () =>
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                var slug = slugs[i % slugs.Length];
                var edit = $"/admin/articles/edit/{ids[slug]}";
                var marker = $"Save {i} {Guid.NewGuid():N}.";
                try
                {
                    using var page = await editor.GetAsync(edit);
                    if (page.StatusCode != HttpStatusCode.OK)
                    {
                        refusedSaves.Enqueue((int)page.StatusCode);
                        continue;
                    }

                    using var saved = await HtmlForm.From(await HtmlForm.ParseAsync(page), edit).Set("Form.Summary", marker).PostAsync(editor);
                    if (saved.StatusCode == HttpStatusCode.Redirect)
                    {
                        acknowledged.Enqueue((slug, marker));
                    }
                    else
                    {
                        refusedSaves.Enqueue((int)saved.StatusCode);
                    }
                }
                catch (HttpRequestException)
                {
                    refusedSaves.Enqueue(0);
                }
            }
        });

        await Task.Delay(TimeSpan.FromSeconds(2));
        var killedAt = clock.Elapsed;
        cluster.Kill(0);
        await cluster.Front.WaitForAsync(TestCluster.Backend(0), healthy: false, within: TimeSpan.FromSeconds(10));
        var sickAt = clock.Elapsed;
        await Task.Delay(TimeSpan.FromSeconds(2));
        await cluster.StartAsync(0);
        await cluster.Front.WaitForAsync(TestCluster.Backend(0), healthy: true, within: TimeSpan.FromSeconds(10));
        var rejoinedAt = clock.Elapsed;
        await Task.Delay(TimeSpan.FromSeconds(2));
        await stop.CancelAsync();
        await Task.WhenAll([.. readers, saves]);

        var failures = answers.Where(a => a.Status is 0 or >= 500).ToList();
        output.WriteLine($"Killed at {killedAt.TotalSeconds:0.0} s, sick at {sickAt.TotalSeconds:0.0} s, rejoined at {rejoinedAt.TotalSeconds:0.0} s; "
            + $"{answers.Count} reads, {failures.Count} failed; {acknowledged.Count} saves acknowledged, {refusedSaves.Count} not ({string.Join(", ", refusedSaves)}).");
        // The front retries a node that does not answer on the next one: readers see no failure at all.
        Assert.Empty(failures);
        Assert.True(acknowledged.Count >= 5, $"only {acknowledged.Count} saves were acknowledged");
        Assert.Contains(acknowledged, save => save.Marker.StartsWith("Save ", StringComparison.Ordinal));

        // Every acknowledged save is in the store's history of its article.
        foreach (var (slug, marker) in acknowledged)
        {
            var found = await cluster.ScalarAsync<long>("""SELECT count(*) FROM "Revisions" WHERE "ContentId" = $1 AND "Snapshot" LIKE $2""", ids[slug], $"%{marker}%");
            Assert.True(found == 1, $"the acknowledged save \"{marker}\" of {slug} is not in its history");
        }

        // The last save of each article is what both nodes and the front show; the node that came back hears new saves.
        using var onA = Browser(cluster.Node(0), new CookieContainer());
        using var onB = Browser(cluster.Node(1), new CookieContainer());
        using var front = Browser(cluster.Front.BaseAddress, new CookieContainer());
        foreach (var (slug, marker) in acknowledged.Reverse().DistinctBy(save => save.Slug))
        {
            foreach (var client in (HttpClient[])[onA, onB, front])
            {
                Assert.Contains(marker, await client.GetStringAsync($"/articles/{slug}"), StringComparison.Ordinal);
            }
        }

        using var editorOnB = Browser(cluster.Node(1), cookies);
        var last = $"After the restart {Guid.NewGuid():N}.";
        var lastEdit = $"/admin/articles/edit/{ids[Slug]}";
        var form = HtmlForm.From(await HtmlForm.ParseAsync(await editorOnB.GetAsync(lastEdit)), lastEdit);
        Assert.Equal(HttpStatusCode.Redirect, (await form.Set("Form.Summary", last).PostAsync(editorOnB)).StatusCode);
        Assert.Contains(last, await onA.GetStringAsync(Address), StringComparison.Ordinal);
        Assert.Contains(last, await front.GetStringAsync(Address), StringComparison.Ordinal);
    }

    private static async Task<(EntityTagHeaderValue ETag, string? Cache)> ReadThroughFrontAsync(HttpClient reader, string? expected = null)
    {
        using var response = await reader.GetAsync(Address);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-cache", response.Headers.CacheControl!.ToString());
        Assert.False(response.Headers.Contains("xkey"));
        if (expected is not null)
        {
            Assert.Contains(expected, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        return (response.Headers.ETag!, Header(response, "X-Cache"));
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string address, EntityTagHeaderValue etag)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, address);
        request.Headers.IfNoneMatch.Add(etag);
        return await client.SendAsync(request);
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    /// <summary>A browser at this address: its own cookies, or another's (cookies for 127.0.0.1 go to every port).</summary>
    private static HttpClient Browser(string address, CookieContainer cookies) =>
        new(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false, AutomaticDecompression = DecompressionMethods.All })
        {
            BaseAddress = new Uri(address),
            Timeout = TimeSpan.FromSeconds(30),
        };
}
