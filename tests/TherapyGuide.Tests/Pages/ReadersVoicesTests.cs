using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using TherapyGuide.Web.Accounts;
using TherapyGuide.Web.Content;

namespace TherapyGuide.Tests.Pages;

/// <summary>"Was this page helpful?" and "Share your experience", as readers and editors use them.</summary>
public sealed class ReadersVoicesTests(ReadersVoicesTests.Site site) : IClassFixture<ReadersVoicesTests.Site>
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
    public async Task An_experience_appears_only_once_approved_at_the_very_next_request_and_goes_when_hidden()
    {
        const string text = "Before approval this must stay private. Marker 7f3a.";
        Assert.Equal(HttpStatusCode.Redirect, (await ReaderVoices.ShareAsync(Reader, "Robin", text)).StatusCode);
        var id = (await ReaderVoices.ExperienceAsync(site.App, "Marker 7f3a"))!.Id;

        Assert.DoesNotContain("Marker 7f3a", await Reader.GetStringAsync(ReaderVoices.ArticleAddress), StringComparison.Ordinal);
        Assert.DoesNotContain("Marker 7f3a", await Reader.GetStringAsync(ReaderVoices.ArticleAddress), StringComparison.Ordinal); // now from the cache

        Assert.Equal(HttpStatusCode.Redirect, (await ReaderVoices.ModerateAsync(site.Editor, id, "Approve")).StatusCode);

        var page = await HtmlForm.ParseAsync(await Reader.GetAsync(ReaderVoices.ArticleAddress));
        var shown = page.QuerySelectorAll(".experience").Single(e => e.TextContent.Contains("Marker 7f3a", StringComparison.Ordinal));
        Assert.Contains("Robin", shown.QuerySelector("figcaption")!.TextContent, StringComparison.Ordinal);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", shown.QuerySelector("figcaption time")!.GetAttribute("datetime")!);

        Assert.Equal(HttpStatusCode.Redirect, (await ReaderVoices.ModerateAsync(site.Editor, id, "Hide")).StatusCode);
        Assert.DoesNotContain("Marker 7f3a", await Reader.GetStringAsync(ReaderVoices.ArticleAddress), StringComparison.Ordinal);

        var actions = await ReaderVoices.InStoreAsync(site.App, db => db.AuditEntries.Where(a => a.Target == $"experience {id} on article {ReaderVoices.ArticleSlug}").Select(a => a.Action).ToListAsync());
        Assert.Equal(["experience-approved", "experience-hidden"], actions.Order().ToList());
    }

    [Fact]
    public async Task Rejected_and_deleted_experiences_never_appear_and_feedback_is_never_shown()
    {
        await ReaderVoices.ShareAsync(Reader, "Kim", "Rejected text, marker 91bc.");
        await ReaderVoices.ShareAsync(Reader, "Lee", "Deleted text, marker 22de.");
        await ReaderVoices.SendFeedbackAsync(Reader, ReaderVoices.ArticleAddress, "no", "Private comment, marker 5e5e.");
        var rejected = (await ReaderVoices.ExperienceAsync(site.App, "marker 91bc"))!.Id;
        var deleted = (await ReaderVoices.ExperienceAsync(site.App, "marker 22de"))!.Id;

        Assert.Equal(HttpStatusCode.Redirect, (await ReaderVoices.ModerateAsync(site.Editor, rejected, "Reject")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await ReaderVoices.ModerateAsync(site.Editor, deleted, "Delete")).StatusCode);

        var article = await Reader.GetStringAsync(ReaderVoices.ArticleAddress);
        Assert.DoesNotContain("marker 91bc", article, StringComparison.Ordinal);
        Assert.DoesNotContain("marker 22de", article, StringComparison.Ordinal);
        Assert.DoesNotContain("marker 5e5e", article, StringComparison.Ordinal);
        Assert.Null(await ReaderVoices.ExperienceAsync(site.App, "marker 22de"));
        Assert.Equal(ExperienceStatus.Rejected, (await ReaderVoices.ExperienceAsync(site.App, "marker 91bc"))!.Status);
        Assert.Contains(await ReaderVoices.InStoreAsync(site.App, db => db.AuditEntries.Select(a => a.Action).ToListAsync()), a => a == "experience-delete");
    }

    [Fact]
    public async Task Moderating_what_readers_never_saw_leaves_their_pages_cached_and_a_stale_form_is_refused()
    {
        await ReaderVoices.ShareAsync(Reader, "Ira", "Queued text, marker 7a7a.");
        var id = (await ReaderVoices.ExperienceAsync(site.App, "marker 7a7a"))!.Id;
        var before = (await Reader.GetAsync(ReaderVoices.ArticleAddress)).Headers.ETag?.Tag;
        const string Address = "/admin/experiences?status=Pending";
        var reject = HtmlForm.From((await HtmlForm.ParseAsync(await site.Editor.GetAsync(Address))).QuerySelectorAll("form").OfType<IHtmlFormElement>().First(f =>
            f.QuerySelector("input[name=id]")?.GetAttribute("value") == id.ToString(System.Globalization.CultureInfo.InvariantCulture)
            && f.QuerySelector("button")?.TextContent.StartsWith("Reject", StringComparison.Ordinal) == true), Address);

        Assert.Equal(HttpStatusCode.Redirect, (await reject.PostAsync(site.Editor)).StatusCode);
        // Rejected before it was ever shown: no public page changed, so readers' copies stay valid.
        Assert.NotNull(before);
        Assert.Equal(before, (await Reader.GetAsync(ReaderVoices.ArticleAddress)).Headers.ETag?.Tag);

        // The same form again, from a page opened before the decision: refused, and nothing changes or is logged twice.
        Assert.Equal(HttpStatusCode.Conflict, (await reject.PostAsync(site.Editor)).StatusCode);
        var stored = (await ReaderVoices.ExperienceAsync(site.App, "marker 7a7a"))!;
        Assert.Equal(ExperienceStatus.Rejected, stored.Status);
        var target = $"experience {id} on article {ReaderVoices.ArticleSlug}";
        Assert.Equal(1, await ReaderVoices.InStoreAsync(site.App, db => db.AuditEntries.CountAsync(a => a.Target == target && a.Action == "experience-rejected")));
    }

    [Fact]
    public async Task Hostile_text_is_stored_as_plain_text_and_shown_inert()
    {
        const string hostile = "<script>alert(1)</script> marker c0de\n\n<a href=\"javascript:alert(2)\">click</a> <img src=x onerror=alert(3)>"
            + " https://evil.example/x www.evil.example \u0007bell\u202Eesrever\u0000nul";
        // A NUL cannot be read as form text at all: refused.
        var refused = await ReaderVoices.ShareAsync(Reader, "Mallory", hostile);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Null(await ReaderVoices.ExperienceAsync(site.App, "marker c0de"));

        var accepted = await ReaderVoices.ShareAsync(Reader, "<b>Mallory</b>\u202E", hostile.Replace("\u0000", "", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var stored = (await ReaderVoices.ExperienceAsync(site.App, "marker c0de"))!;
        Assert.DoesNotContain(stored.Text + stored.DisplayName, c => char.IsControl(c) && c != '\n' || c == '\u202E');
        Assert.Equal("<b>Mallory</b>", stored.DisplayName);

        await ReaderVoices.ModerateAsync(site.Editor, stored.Id, "Approve");
        var page = await HtmlForm.ParseAsync(await Reader.GetAsync(ReaderVoices.ArticleAddress));
        var shown = page.QuerySelectorAll(".experience").Single(e => e.TextContent.Contains("marker c0de", StringComparison.Ordinal));

        Assert.Empty(LiveMarkup.Find(shown.OuterHtml));
        Assert.Empty(shown.QuerySelectorAll("a, img, script, b"));
        Assert.Contains("<script>alert(1)</script>", shown.TextContent, StringComparison.Ordinal);
        Assert.Contains("https://evil.example/x", shown.TextContent, StringComparison.Ordinal);
        Assert.Contains("<b>Mallory</b>", shown.QuerySelector("figcaption")!.TextContent, StringComparison.Ordinal);

        var moderation = await HtmlForm.ParseAsync(await site.Editor.GetAsync("/admin/experiences?status=Approved"));
        var listed = moderation.QuerySelectorAll(".moderation-item").Single(e => e.TextContent.Contains("marker c0de", StringComparison.Ordinal));
        Assert.Empty(LiveMarkup.Find(listed.QuerySelector(".experience-text")!.OuterHtml));
        Assert.Empty(listed.QuerySelectorAll(".experience-text a"));
    }

    [Fact]
    public async Task Oversized_and_invalid_submissions_are_refused_with_a_4xx_a_clear_message_and_nothing_stored()
    {
        var before = await CountsAsync();

        var huge = await ReaderVoices.ShareAsync(Reader, "Big", new string('a', 100 * 1024));
        Assert.True((int)huge.StatusCode is >= 400 and < 500, $"100 KB answered {huge.StatusCode}");

        var tooLong = await ReaderVoices.ShareAsync(Reader, "Long", new string('b', 4001));
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        var form = await HtmlForm.ParseAsync(tooLong);
        Assert.Contains("4,000 characters or fewer", form.QuerySelector("#share-text-error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("share-text-error", form.QuerySelector("#share-text")!.GetAttribute("aria-describedby"), StringComparison.Ordinal);
        Assert.Equal("Long", form.QuerySelector("#share-name")!.GetAttribute("value")); // what the reader typed is kept

        var email = await ReaderVoices.ShareAsync(Reader, "me@example.org", "My story");
        Assert.Equal(HttpStatusCode.BadRequest, email.StatusCode);
        Assert.Contains("not an email address", (await HtmlForm.ParseAsync(email)).QuerySelector("#share-name-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await ReaderVoices.ShareAsync(Reader, new string('n', 61), "My story")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await ReaderVoices.ShareAsync(Reader, "  ", "My story")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await ReaderVoices.ShareAsync(Reader, "Ann", " \u0007 ")).StatusCode);

        var longComment = await ReaderVoices.SendFeedbackAsync(Reader, "/compare", "yes", new string('c', 501));
        Assert.Equal(HttpStatusCode.BadRequest, longComment.StatusCode);
        var feedbackForm = await HtmlForm.ParseAsync(longComment);
        Assert.Contains("500 characters or fewer", feedbackForm.QuerySelector("#feedback-comment-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("yes", feedbackForm.QuerySelector("input[name=Helpful][checked]")!.GetAttribute("value"));

        var noChoice = await ReaderVoices.SendFeedbackAsync(Reader, "/compare", helpful: null, "No choice made");
        Assert.Equal(HttpStatusCode.BadRequest, noChoice.StatusCode);
        Assert.Contains("Please choose Yes or No", (await HtmlForm.ParseAsync(noChoice)).QuerySelector("#feedback-helpful-error")!.TextContent, StringComparison.Ordinal);

        foreach (var path in new[] { "", "compare", "/no-such-page", "/articles/no-such-article", "javascript:alert(1)", "//evil.example/", "/admin", "/compare/../admin", "/" + new string('x', 300) })
        {
            var response = await Reader.PostAsync("/feedback", new FormUrlEncodedContent(new Dictionary<string, string> { ["Path"] = path, ["Helpful"] = "yes" }));
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains("We could not understand that request", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Equal(before, await CountsAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await Reader.PostAsync("/articles/no-such-article/share", new FormUrlEncodedContent(new Dictionary<string, string> { ["DisplayName"] = "A", ["Text"] = "B" }))).StatusCode);
    }

    [Fact]
    public async Task A_filled_honeypot_is_answered_as_if_accepted_but_nothing_is_stored()
    {
        var before = await CountsAsync();

        var feedback = await ReaderVoices.SendFeedbackAsync(Reader, "/glossary", "yes", "Robot comment", honeypot: "http://spam.example");
        var shared = await ReaderVoices.ShareAsync(Reader, "Robot", "Buy things at spam.example", honeypot: "http://spam.example");

        Assert.Equal(HttpStatusCode.Redirect, feedback.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, shared.StatusCode);
        Assert.Equal(before, await CountsAsync());
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
