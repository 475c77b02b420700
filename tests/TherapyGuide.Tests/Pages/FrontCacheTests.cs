using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using TherapyGuide.Web.Caching;
using TherapyGuide.Web.Content;
using TherapyGuide.Web.Content.Editing;

namespace TherapyGuide.Tests.Pages;

/// <summary>
/// Shared caches in front of the site (TherapyGuide:FrontCache): none by default, and then nothing changes; with a
/// purge address, public pages tell a front cache how long to keep them and what they show, nothing per person or
/// editorial is ever kept by it (the sign-in cookie goes to /admin only, so public pages are the same for everyone),
/// and a save purges the pages it changed. A stand-in front records the purges (Varnish
/// itself is in ClusterTests).
/// </summary>
public sealed class FrontCacheTests
{
    private const string Slug = "choosing-a-treatment";
    private const string Address = $"/articles/{Slug}";

    [Fact]
    public async Task Without_front_caches_pages_tell_every_cache_to_ask_again_and_name_no_tags()
    {
        using var site = new TestSite();
        using var reader = site.CreateClient();
        await reader.GetAsync(Address);
        using var cached = await reader.GetAsync(Address);

        Assert.NotNull(cached.Headers.Age);
        Assert.Equal("no-cache", cached.Headers.CacheControl!.ToString());
        Assert.False(cached.Headers.Contains(FrontCacheHeaders.Tags));
    }

    [Fact]
    public async Task Public_pages_may_be_kept_by_a_front_cache_and_name_what_they_show_in_their_cached_copies_too()
    {
        using var front = new StandInFront();
        using var site = Site(front.Address);
        using var reader = site.CreateClient();

        foreach (var response in (HttpResponseMessage[])[await reader.GetAsync(Address), await reader.GetAsync(Address)])
        {
            Assert.Equal("public, max-age=0, s-maxage=600, stale-while-revalidate=30, stale-if-error=86400", response.Headers.CacheControl!.ToString());
            var tags = Assert.Single(response.Headers.GetValues(FrontCacheHeaders.Tags)).Split(' ');
            Assert.Contains(CacheTags.Article(Slug), tags);
            Assert.Contains(CacheTags.UrgentHelp, tags);
            Assert.Contains(CacheTags.AnyPage, tags);
            Assert.NotNull(response.Headers.ETag);
        }

        using var search = await reader.GetAsync("/search?q=lupus");
        Assert.Contains(CacheTags.AnyContent, Assert.Single(search.Headers.GetValues(FrontCacheHeaders.Tags)).Split(' '));
        // The feed and the sitemap are endpoints of their own, not pages; a front keeps them too.
        foreach (var (address, tag) in (IEnumerable<(string, string)>)[("/feed.xml", CacheTags.Articles), ("/sitemap.xml", CacheTags.AnyContent)])
        {
            using var response = await reader.GetAsync(address);
            Assert.Contains("s-maxage=600", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
            Assert.Contains(tag, Assert.Single(response.Headers.GetValues(FrontCacheHeaders.Tags)).Split(' '));
        }
    }

    [Fact]
    public async Task Nothing_per_person_editorial_or_failed_is_ever_kept_by_a_front_cache()
    {
        using var front = new StandInFront();
        using var site = Site(front.Address);
        using var editor = await EditorSession.SignInAsync(site, $"front-{Guid.NewGuid():N}@example.org");
        using var reader = site.CreateClient();
        var id = await site.IdOfAsync(db => db.Articles, Slug);

        using var signIn = await reader.GetAsync("/admin/signin");
        using var editPage = await editor.GetAsync($"/admin/articles/edit/{id}");
        using var missing = await reader.GetAsync("/articles/no-such-article");
        using var feedback = await reader.PostAsync("/feedback", new FormUrlEncodedContent(new Dictionary<string, string> { ["Path"] = Address, ["Helpful"] = "true" }));

        foreach (var (what, response) in (IEnumerable<(string, HttpResponseMessage)>)[
            ("the sign-in page", signIn), ("an edit page", editPage), ("a missing page", missing), ("a form's answer", feedback)])
        {
            Assert.False(response.Headers.Contains(FrontCacheHeaders.Tags), $"{what} names cache tags");
            Assert.DoesNotContain("s-maxage", response.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
            Assert.DoesNotContain("public", response.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_node_out_of_step_lets_no_front_cache_keep_what_it_renders()
    {
        using var front = new StandInFront();
        var coherence = new Coherence { InStep = false };
        using var node = Site(front.Address, services => services.AddSingleton<ICacheCoherence>(coherence));
        using var reader = node.CreateClient();

        using var response = await reader.GetAsync(Address);

        Assert.Equal("no-cache", response.Headers.CacheControl!.ToString());
        Assert.False(response.Headers.Contains(FrontCacheHeaders.Tags));
    }

    [Fact]
    public async Task A_save_purges_the_pages_it_changed_from_every_front_cache_once()
    {
        using var first = new StandInFront();
        using var second = new StandInFront();
        using var site = Site(first.Address, second: second.Address);
        var id = await site.IdOfAsync(db => db.Articles, Slug);
        await Task.Delay(FrontCachePurge.Again); // the start's own purges are done
        first.Purges.Clear();
        second.Purges.Clear();

        await site.EditAsync<Article, ArticleForm>(id, form => form.Summary = "A summary that purges the front caches.");
        await Task.Delay(FrontCachePurge.Again + TimeSpan.FromMilliseconds(500));

        foreach (var front in (StandInFront[])[first, second])
        {
            var purge = Assert.Single(front.Purges);
            Assert.Equal("PURGE", purge.Method);
            Assert.Equal("/", purge.Path);
            var tags = purge.Tags.Split(' ');
            Assert.Contains(CacheTags.Article(Slug), tags);
            Assert.Contains(CacheTags.ArticleCard(Slug), tags);
            Assert.Contains(CacheTags.Articles, tags);
            Assert.DoesNotContain(CacheTags.AnyPage, tags); // only what the save changed
        }
    }

    [Fact]
    public async Task When_a_node_did_not_confirm_it_cleared_the_pages_the_front_is_purged_again_later()
    {
        using var front = new StandInFront();
        using var site = Site(front.Address, services => services.AddSingleton<IChangeBroadcast>(new Unconfirmed()));
        var id = await site.IdOfAsync(db => db.Articles, Slug);
        await Task.Delay(FrontCachePurge.Again + TimeSpan.FromMilliseconds(500));
        front.Purges.Clear();

        await site.EditAsync<Article, ArticleForm>(id, form => form.Summary = "A summary some node did not confirm.");
        var first = Assert.Single(front.Purges);
        await front.WaitForAsync(2, TimeSpan.FromSeconds(10));

        var again = front.Purges.Last();
        Assert.Equal(first.Tags, again.Tags);
        Assert.True(again.At - first.At >= FrontCachePurge.Again - TimeSpan.FromMilliseconds(50));
    }

    /// <summary>Another node that never says it cleared the pages (stopped, or stuck).</summary>
    private sealed class Unconfirmed : IChangeBroadcast
    {
        public Task<bool> SendAsync(IReadOnlyList<string> tags, long before, long after) => Task.FromResult(false);
    }

    [Fact]
    public async Task A_front_cache_out_of_reach_does_not_stop_a_save()
    {
        var closed = $"http://127.0.0.1:{SiteProcess.FreePort()}";
        using var site = Site(closed);
        using var editor = await EditorSession.SignInAsync(site, $"front-{Guid.NewGuid():N}@example.org");
        var id = await site.IdOfAsync(db => db.Articles, Slug);
        var edit = $"/admin/articles/edit/{id}";
        var marker = $"Saved while the front is down {Guid.NewGuid():N}.";

        var form = HtmlForm.From(await HtmlForm.ParseAsync(await editor.GetAsync(edit)), edit);
        using var saved = await form.Set("Form.Summary", marker).PostAsync(editor);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        using var reader = site.CreateClient();
        Assert.Contains(marker, await reader.GetStringAsync(Address), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("varnish:6081")]
    [InlineData("ftp://127.0.0.1/")]
    [InlineData("not an address")]
    public void A_purge_address_that_is_not_an_http_address_stops_the_start_with_a_message_naming_the_setting(string address)
    {
        using var site = Site(address);

        var failure = Assert.ThrowsAny<Exception>(() => site.Services);

        Assert.Contains("TherapyGuide:FrontCache:PurgeAddresses must hold addresses starting with http://", Messages(failure), StringComparison.Ordinal);
    }

    private static TestSite Site(string purgeAddress, Action<IServiceCollection>? services = null, string? second = null)
    {
        var site = new TestSite { TestServices = services };
        site.Settings["TherapyGuide:FrontCache:PurgeAddresses:0"] = purgeAddress;
        if (second is not null)
        {
            site.Settings["TherapyGuide:FrontCache:PurgeAddresses:1"] = second;
        }

        return site;
    }

    private static string Messages(Exception exception) =>
        exception is AggregateException aggregate
            ? string.Join(" ", aggregate.InnerExceptions.Select(Messages))
            : exception.Message + (exception.InnerException is { } inner ? " " + Messages(inner) : "");

    private sealed class Coherence : ICacheCoherence
    {
        public bool InStep { get; set; } = true;
    }

    /// <summary>Answers every request 200 and records the purges, as a front cache would take them.</summary>
    private sealed class StandInFront : IDisposable
    {
        private readonly HttpListener _listener = new();

        public StandInFront()
        {
            Address = $"http://127.0.0.1:{SiteProcess.FreePort()}/";
            _listener.Prefixes.Add(Address);
            _listener.Start();
            _ = Task.Run(async () =>
            {
                while (_listener.IsListening)
                {
                    try
                    {
                        var context = await _listener.GetContextAsync();
                        Purges.Enqueue(new(context.Request.HttpMethod, context.Request.Url!.AbsolutePath, context.Request.Headers[FrontCachePurge.TagsHeader] ?? "", DateTime.UtcNow));
                        context.Response.StatusCode = 200;
                        context.Response.ContentLength64 = 0;
                        context.Response.Close();
                    }
                    catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
                    {
                        return;
                    }
                }
            });
        }

        public string Address { get; }

        public ConcurrentQueue<Purge> Purges { get; } = new();

        public async Task WaitForAsync(int count, TimeSpan within)
        {
            var deadline = DateTime.UtcNow + within;
            while (Purges.Count < count)
            {
                Assert.True(DateTime.UtcNow < deadline, $"{Purges.Count} purges of {count} arrived within {within.TotalSeconds} s");
                await Task.Delay(20);
            }
        }

        public void Dispose() => _listener.Close();
    }

    private sealed record Purge(string Method, string Path, string Tags, DateTime At);
}
