using System.Net;

namespace TherapyGuide.Tests.Pages;

// Hostile, oversized, invalid and honeypot submissions.
public sealed partial class ReadersVoicesTests
{
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
}
