using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TherapyGuide.Web.Data;
using TherapyGuide.Web.Impact;

namespace TherapyGuide.Tests.Impact;

/// <summary>Page views are counted per page and day on the server: readers' pages only, and nothing about the reader.</summary>
public sealed class PageViewCountingTests(SharedSite shared) : IClassFixture<SharedSite>, IAsyncLifetime
{
    private TestSite _site = null!;

    public async Task InitializeAsync() => _site = await shared.FreshAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Reading_public_pages_adds_one_view_per_page_read_once_the_counts_are_written()
    {
        using var reader = ImpactSite.Reader(_site);
        var before = await ImpactSite.CountsAsync(_site);

        foreach (var address in new[] { "/", "/compare", "/compare", "/compare?utm_source=x&q=%3Cscript%3E", ReaderVoices.ArticleAddress, "/search?q=fever" })
        {
            Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(address)).StatusCode);
        }

        var grown = ImpactSite.Growth(before, await ImpactSite.CountsAsync(_site));
        Assert.Equal(new Dictionary<string, long>
        {
            ["/"] = 1,
            ["/compare"] = 3, // a cached copy or a query string is the same page
            [ReaderVoices.ArticleAddress] = 1,
            ["/search"] = 1,
        }, grown);
    }

    [Fact]
    public async Task The_editors_area_files_feeds_health_checks_missing_pages_head_requests_and_robots_are_not_counted()
    {
        using var reader = ImpactSite.Reader(_site);
        using var robot = _site.CreateClient(new() { AllowAutoRedirect = false });
        robot.DefaultRequestHeaders.UserAgent.ParseAdd("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)");
        using var nameless = _site.CreateClient(new() { AllowAutoRedirect = false });
        using var editor = await EditorSession.SignInAsync(_site, "impact-editor@example.org");
        editor.DefaultRequestHeaders.UserAgent.ParseAdd(ImpactSite.Browser);
        var before = await ImpactSite.CountsAsync(_site);

        foreach (var address in new[] { "/admin", "/admin/signin", "/css/site.css", "/robots.txt", "/sitemap.xml", "/feed.xml", "/healthz",
            "/no-such-page", "/articles/no-such-article", "/Compare", "/error/404", "/feedback/thanks?from=/compare", "/articles?handler=x" })
        {
            await reader.GetAsync(address);
        }

        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/admin")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reader.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/compare"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await robot.GetAsync("/compare")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await nameless.GetAsync("/compare")).StatusCode);

        Assert.Empty(ImpactSite.Growth(before, await ImpactSite.CountsAsync(_site)));
    }

    [Fact]
    public async Task A_browser_shown_its_copy_again_304_counts_but_a_304_for_a_made_up_path_does_not()
    {
        using var reader = ImpactSite.Reader(_site);
        var etag = (await reader.GetAsync("/glossary")).Headers.ETag!;
        var before = await ImpactSite.CountsAsync(_site);

        foreach (var address in new[] { "/glossary", "/made-up-page-for-a-304" })
        {
            using var again = new HttpRequestMessage(HttpMethod.Get, address);
            again.Headers.IfNoneMatch.Add(etag);
            Assert.Equal(HttpStatusCode.NotModified, (await reader.SendAsync(again)).StatusCode);
        }

        Assert.Equal(new Dictionary<string, long> { ["/glossary"] = 1 }, ImpactSite.Growth(before, await ImpactSite.CountsAsync(_site)));
    }

    [Fact]
    public async Task Counting_sets_no_cookie_and_the_store_keeps_only_a_path_a_day_and_a_number()
    {
        using var reader = ImpactSite.Reader(_site);
        reader.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.7");

        var response = await reader.GetAsync("/side-effects");
        await ImpactSite.CountsAsync(_site);

        Assert.False(response.Headers.Contains("Set-Cookie"), "counting set a cookie");
        await using var scope = _site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TherapyGuideDbContext>();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """SELECT * FROM "PageViewCounts" """;
        await using var rows = await command.ExecuteReaderAsync();
        Assert.Equal(["Path", "Day", "Count"], Enumerable.Range(0, rows.FieldCount).Select(rows.GetName));
        var values = new List<string>();
        while (await rows.ReadAsync())
        {
            values.AddRange(Enumerable.Range(0, rows.FieldCount).Select(i => Convert.ToString(rows.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)!));
        }

        Assert.Contains("/side-effects", values);
        Assert.DoesNotContain(values, value => value.Contains("127.0.0.1", StringComparison.Ordinal) || value.Contains("203.0.113", StringComparison.Ordinal)
            || value.Contains("Mozilla", StringComparison.Ordinal) || value.Contains("Chrome", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Counts_written_at_different_times_and_by_many_readers_at_once_add_up_in_one_row_per_page_and_day()
    {
        var counter = _site.Services.GetRequiredService<PageViewCounter>();
        var before = await ImpactSite.CountsAsync(_site);

        await Parallel.ForAsync(0, 40, async (_, cancellationToken) =>
        {
            using var reader = ImpactSite.Reader(_site);
            (await reader.GetAsync("/conditions", cancellationToken)).EnsureSuccessStatusCode();
        });
        var flushes = Task.WhenAll(Enumerable.Range(0, 3).Select(_ => counter.FlushAsync(CancellationToken.None)));
        using (var reader = ImpactSite.Reader(_site))
        {
            (await reader.GetAsync("/conditions")).EnsureSuccessStatusCode();
        }

        await flushes;

        Assert.Equal(new Dictionary<string, long> { ["/conditions"] = 41 }, ImpactSite.Growth(before, await ImpactSite.CountsAsync(_site)));
        await using var scope = _site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TherapyGuideDbContext>();
        Assert.Equal(1, await db.PageViewCounts.CountAsync(v => v.Path == "/conditions"));
    }

    [Fact]
    public async Task The_privacy_page_says_exactly_what_is_counted_and_what_is_not()
    {
        using var reader = ImpactSite.Reader(_site);

        var privacy = await HtmlForm.ParseAsync(await reader.GetAsync("/privacy"));

        var counted = privacy.QuerySelectorAll("main h2").Single(h => h.TextContent == "What do we count?");
        var list = counted.NextElementSibling!.NextElementSibling!;
        Assert.Equal(["which page (its address, without anything after a “?”)", "the day", "how many times it was opened that day"],
            list.QuerySelectorAll("li").Select(li => li.TextContent.Trim()));
        var text = string.Join(' ', list.NextElementSibling!.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        foreach (var words in new[] { "no cookie", "no IP address", "nothing about your browser", "“bot”", "not counted" })
        {
            Assert.Contains(words, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Robots_are_told_apart_by_their_user_agent_only()
    {
        Assert.True(PageViewCounting.IsRobot("Mozilla/5.0 (compatible; bingbot/2.0)"));
        Assert.True(PageViewCounting.IsRobot("facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php) Preview"));
        Assert.True(PageViewCounting.IsRobot("SomeCrawler/1.0"));
        Assert.True(PageViewCounting.IsRobot(""));
        Assert.False(PageViewCounting.IsRobot(ImpactSite.Browser));
    }
}
