using System.Net;
using AngleSharp.Dom;
using TherapyGuide.Web.Accounts;

namespace TherapyGuide.Tests.Impact;

/// <summary>/admin/impact, its per-page charts and its CSV: the counted views beside the helpfulness answers, for editors only.</summary>
public sealed class ImpactPageTests(SharedSite shared) : IClassFixture<SharedSite>, IAsyncLifetime
{
    private TestSite _site = null!;

    public async Task InitializeAsync() => _site = await shared.FreshAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Editors_see_each_pages_views_helpful_share_and_comments_in_charts_tables_and_the_csv()
    {
        using var reader = ImpactSite.Reader(_site);
        using var editor = await EditorSession.SignInAsync(_site, "impact-viewer@example.org");
        var before = (await ImpactSite.CountsAsync(_site)).GetValueOrDefault("/questions");
        for (var i = 0; i < 3; i++)
        {
            (await reader.GetAsync("/questions")).EnsureSuccessStatusCode();
        }

        await ReaderVoices.SendFeedbackAsync(reader, "/questions", "yes");
        await ReaderVoices.SendFeedbackAsync(reader, "/questions", "yes", "Clear, thank you");
        await ReaderVoices.SendFeedbackAsync(reader, "/questions", "no");
        await ReaderVoices.SendFeedbackAsync(reader, "/questions", "yes");
        var views = (await ImpactSite.CountsAsync(_site))["/questions"];
        Assert.Equal(before + 7, views); // three reads, and the page each answer was sent from

        var page = await HtmlForm.ParseAsync(await editor.GetAsync("/admin/impact"));
        var row = page.QuerySelectorAll("#pages-heading ~ div table tbody tr").Single(r => r.QuerySelector("th")!.TextContent.StartsWith("/questions", StringComparison.Ordinal));
        Assert.Equal([views.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), "3", "1", "75%", "1"], row.QuerySelectorAll("td").Select(td => td.TextContent.Trim()));
        AssertAccessibleCharts(page, 2);

        var onePage = await HtmlForm.ParseAsync(await editor.GetAsync(row.QuerySelector("a")!.GetAttribute("href")));
        Assert.Contains("/questions", onePage.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        AssertAccessibleCharts(onePage, 2);
        var periods = onePage.QuerySelectorAll(".impact-numbers tbody tr");
        var today = periods[periods.Length - 1];
        Assert.Equal([views.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), "3", "1", "75%", "1"], today.QuerySelectorAll("td").Select(td => td.TextContent.Trim()));

        var csv = await editor.GetAsync("/admin/impact.csv?days=7");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", csv.Content.Headers.ContentDisposition!.DispositionType);
        var lines = (await csv.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Day,Page,Views,Helpful yes,Helpful no,Comments", lines[0]);
        var day = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains($"{day},/questions,{views},3,1,1", lines);

        var dashboard = await HtmlForm.ParseAsync(await editor.GetAsync("/admin"));
        AssertAccessibleCharts(dashboard, 2); // views and the "helpful" share, as on the impact page
        Assert.NotNull(dashboard.QuerySelector("#impact-heading ~ p a[href='/admin/impact']"));
    }

    [Theory]
    [InlineData("/admin/impact")]
    [InlineData("/admin/impact.csv?days=30")]
    [InlineData("/admin/impact/page/compare")]
    public async Task Readers_who_are_not_signed_in_are_sent_to_sign_in(string address)
    {
        using var reader = ImpactSite.Reader(_site);

        var response = await reader.GetAsync(address);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/signin", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_range_other_than_7_30_90_or_365_days_is_refused_and_an_unknown_page_is_not_found()
    {
        using var editor = await EditorSession.SignInAsync(_site, "impact-range@example.org", Roles.Admin);

        foreach (var days in new[] { "abc", "-1", "0", "31", "99999999999999999999", "7&days=30", "%3Cscript%3E", "30%00", "" })
        {
            Assert.Equal(HttpStatusCode.BadRequest, (await editor.GetAsync($"/admin/impact?days={days}")).StatusCode);
            Assert.Equal(HttpStatusCode.BadRequest, (await editor.GetAsync($"/admin/impact.csv?days={days}")).StatusCode);
        }

        foreach (var days in new[] { "7", "90", "365" })
        {
            var page = await HtmlForm.ParseAsync(await editor.GetAsync($"/admin/impact?days={days}"));
            Assert.Equal(days, page.QuerySelector("#days option[selected]")!.GetAttribute("value"));
            Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync($"/admin/impact.csv?days={days}")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/admin/impact.csv")).StatusCode);
        foreach (var path in new[] { "no-such-page", "%3Cscript%3Ealert(1)%3C%2Fscript%3E", new string('a', 300) })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync($"/admin/impact/page/{path}")).StatusCode);
        }
    }

    /// <summary>Each chart is an image with a name and a description, and the page gives its numbers in a table.</summary>
    private static void AssertAccessibleCharts(IParentNode page, int count)
    {
        var charts = page.QuerySelectorAll("svg.impact-chart");
        Assert.Equal(count, charts.Length);
        Assert.All(charts, chart =>
        {
            Assert.Equal("img", chart.GetAttribute("role"));
            var names = chart.GetAttribute("aria-labelledby")!.Split(' ');
            Assert.All(names, id => Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector($"[id='{id}']")?.TextContent)));
        });
    }
}
