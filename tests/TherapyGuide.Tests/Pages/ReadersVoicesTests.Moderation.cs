using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using TherapyGuide.Web.Content;

namespace TherapyGuide.Tests.Pages;

// Shared experiences appear only once approved; moderation keeps pages cached.
public sealed partial class ReadersVoicesTests
{
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
}
