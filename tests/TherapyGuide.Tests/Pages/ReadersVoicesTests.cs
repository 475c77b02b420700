using System.Net;
using Microsoft.EntityFrameworkCore;
using TherapyGuide.Web.Accounts;
using TherapyGuide.Web.Content;

namespace TherapyGuide.Tests.Pages;

/// <summary>"Was this page helpful?" and "Share your experience", as readers and editors use them.</summary>
public sealed partial class ReadersVoicesTests(ReadersVoicesTests.Site site) : IClassFixture<ReadersVoicesTests.Site>
{
    /// <summary>A site whose readers' forms are not rate limited (the limit has tests of its own), and an editor.</summary>
    public sealed class Site : IAsyncLifetime, IDisposable
    {
        public TestSite App { get; } = new() { Settings = { ["TherapyGuide:RateLimits:ReaderFormsPerWindow"] = "100000" } };

        public HttpClient Editor { get; private set; } = null!;

        public HttpClient Reader { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Editor = await EditorSession.SignInAsync(App, "moderator@example.org", Roles.Admin);
            Reader = App.CreateClient(new() { AllowAutoRedirect = false });
        }

        public Task DisposeAsync() => Task.CompletedTask;

        public void Dispose()
        {
            Editor.Dispose();
            Reader.Dispose();
            App.Dispose();
        }
    }

    private HttpClient Reader => site.Reader;

    [Fact]
    public async Task A_page_with_the_forms_is_served_from_the_output_cache_without_cookie_or_token_and_its_forms_still_work()
    {
        var address = "/articles/what-treatment-is-like";
        var first = await Reader.GetAsync(address);
        var second = await Reader.GetAsync(address);

        foreach (var response in new[] { first, second })
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.False(response.Headers.Contains("Set-Cookie"), "the page sets a cookie");
            Assert.DoesNotContain("__RequestVerificationToken", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.NotNull(second.Headers.Age); // served from the output cache
        var page = await HtmlForm.ParseAsync(second);
        Assert.NotNull(page.QuerySelector("form[action='/feedback']"));
        Assert.NotNull(page.QuerySelector("form[action='/articles/what-treatment-is-like/share']"));

        var feedback = await HtmlForm.From(page, address, "form[action='/feedback']").Set("Helpful", "yes").Set("Comment", "Cached form works").PostAsync(Reader);
        var shared = await HtmlForm.From(page, address, "form[action$='/share']").Set("DisplayName", "Cache").Set("Text", "Shared from a cached page").PostAsync(Reader);

        Assert.Equal(HttpStatusCode.Redirect, feedback.StatusCode);
        Assert.Equal("/feedback/thanks?from=%2Farticles%2Fwhat-treatment-is-like", feedback.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, shared.StatusCode);
        Assert.Equal("/articles/what-treatment-is-like/share/thanks", shared.Headers.Location!.OriginalString);
        foreach (var response in new[] { feedback, shared })
        {
            Assert.False(response.Headers.Contains("Set-Cookie"), "a reader's form sets a cookie");
            var thanks = await Reader.GetAsync(response.Headers.Location);
            Assert.Equal(HttpStatusCode.OK, thanks.StatusCode);
            var thanksPage = await HtmlForm.ParseAsync(thanks);
            Assert.Contains("Thank you", thanksPage.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
            Assert.NotNull(thanksPage.QuerySelector("main a[href='/articles/what-treatment-is-like']")); // back to where the reader was
            Assert.False(thanks.Headers.Contains("Set-Cookie"));
        }

        Assert.True(await ReaderVoices.InStoreAsync(site.App, db => db.PageFeedback.AnyAsync(f => f.Comment == "Cached form works" && f.Path == address && f.Helpful)));
        Assert.Equal(ExperienceStatus.Pending, (await ReaderVoices.ExperienceAsync(site.App, "Shared from a cached page"))!.Status);
    }

    [Fact]
    public async Task Every_public_page_asks_whether_it_helped_with_a_labelled_yes_no_fieldset()
    {
        foreach (var address in new[] { "/", "/articles", "/compare", "/side-effects", "/conditions", "/glossary", "/glossary/cytokine-release-syndrome", "/questions", "/print", "/search?q=lupus", "/privacy", ReaderVoices.ArticleAddress })
        {
            var page = await HtmlForm.ParseAsync(await Reader.GetAsync(address));
            var form = page.QuerySelector("form[action='/feedback']");
            Assert.True(form is not null, $"{address} has no feedback form");
            Assert.Equal("Was this page helpful?", form.QuerySelector("fieldset legend")!.TextContent);
            Assert.Equal(2, form.QuerySelectorAll("fieldset input[type=radio][name=Helpful]").Length);
            Assert.Equal(address.Split('?')[0], form.QuerySelector("input[name=Path]")!.GetAttribute("value"));
            Assert.Equal("-1", form.QuerySelector(".honeypot input")!.GetAttribute("tabindex"));
        }

        var missing = await HtmlForm.ParseAsync(await Reader.GetAsync("/no-such-page"));
        Assert.Null(missing.QuerySelector("form[action='/feedback']"));
    }

    [Fact]
    public async Task The_helpfulness_summary_counts_each_page_and_lists_recent_comments()
    {
        foreach (var (address, helpful, comment) in new[]
        {
            ("/conditions", "yes", ""), ("/conditions", "yes", "Clear table"), ("/conditions", "yes", ""),
            ("/conditions", "no", "Which trials? marker 3c3c"), ("/conditions", "no", ""), ("/questions", "no", "Too long"),
        })
        {
            Assert.Equal(HttpStatusCode.Redirect, (await ReaderVoices.SendFeedbackAsync(Reader, address, helpful, comment)).StatusCode);
        }

        var summary = await HtmlForm.ParseAsync(await site.Editor.GetAsync("/admin/feedback"));
        string[] Row(string path) => summary.QuerySelectorAll("table tbody tr")
            .Single(r => r.QuerySelector("th")!.TextContent.Trim() == path)
            .QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToArray();
        Assert.Equal(["3", "2", "60%"], Row("/conditions")[..3]);
        Assert.Equal(["0", "1", "0%"], Row("/questions")[..3]);
        Assert.Contains(summary.QuerySelectorAll(".moderation-item"), c => c.TextContent.Contains("marker 3c3c", StringComparison.Ordinal));

        var onePage = await HtmlForm.ParseAsync(await site.Editor.GetAsync("/admin/feedback?path=%2Fquestions"));
        var comments = onePage.QuerySelectorAll(".moderation-item").Select(c => c.TextContent).ToList();
        Assert.Contains(comments, c => c.Contains("Too long", StringComparison.Ordinal));
        Assert.DoesNotContain(comments, c => c.Contains("marker 3c3c", StringComparison.Ordinal));

        var dashboard = await HtmlForm.ParseAsync(await site.Editor.GetAsync("/admin"));
        Assert.NotNull(dashboard.QuerySelector("a[href='/admin/feedback']"));
        Assert.NotNull(dashboard.QuerySelector("a[href='/admin/experiences']"));
    }

    [Fact]
    public async Task The_privacy_page_says_what_is_kept_and_for_how_long_and_is_linked_from_every_page()
    {
        var privacy = await HtmlForm.ParseAsync(await Reader.GetAsync("/privacy"));
        var text = privacy.QuerySelector("main")!.TextContent;
        Assert.Contains("12 months", text, StringComparison.Ordinal);
        Assert.Contains("30 days", text, StringComparison.Ordinal);
        Assert.Contains("IP address", text, StringComparison.Ordinal);
        Assert.Contains("cookies", text, StringComparison.Ordinal);
        Assert.NotNull(privacy.QuerySelector(".disclaimer"));
        var home = await HtmlForm.ParseAsync(await Reader.GetAsync("/"));
        Assert.NotNull(home.QuerySelector("footer a[href='/privacy']"));
    }

    [Fact]
    public async Task Changed_retention_settings_are_what_the_privacy_page_and_the_editors_pages_state()
    {
        using var app = new TestSite
        {
            Settings = { ["TherapyGuide:FeedbackRetentionDays"] = "90", ["TherapyGuide:SetAsideExperienceRetentionDays"] = "14" },
        };
        using var editor = await EditorSession.SignInAsync(app, "retention@example.org", Roles.Admin);
        using var reader = app.CreateClient();

        var privacy = (await HtmlForm.ParseAsync(await reader.GetAsync("/privacy"))).QuerySelector("main")!.TextContent;
        Assert.Contains("delete them after 90 days", privacy, StringComparison.Ordinal);
        Assert.Contains("delete them 14 days after", privacy, StringComparison.Ordinal);
        Assert.DoesNotContain("12 months", privacy, StringComparison.Ordinal);
        var feedback = (await HtmlForm.ParseAsync(await editor.GetAsync("/admin/feedback"))).QuerySelector("main")!.TextContent;
        Assert.Contains("deleted after 90 days", feedback, StringComparison.Ordinal);
        var experiences = (await HtmlForm.ParseAsync(await editor.GetAsync("/admin/experiences"))).QuerySelector("main")!.TextContent;
        Assert.Contains("deleted 14 days after the decision", experiences, StringComparison.Ordinal);
    }

    private async Task<(int Feedback, int Experiences)> CountsAsync() =>
        (await ReaderVoices.InStoreAsync(site.App, db => db.PageFeedback.CountAsync()),
         await ReaderVoices.InStoreAsync(site.App, db => db.SharedExperiences.CountAsync()));
}
