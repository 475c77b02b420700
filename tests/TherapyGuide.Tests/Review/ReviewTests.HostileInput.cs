using System.Net;
using TherapyGuide.Web.Accounts;
using TherapyGuide.Web.Content;
using TherapyGuide.Web.Content.Review;

namespace TherapyGuide.Tests.Review;

// Bad input at every field the review added: a clear 4xx, nothing saved that should not be, nothing run.
public sealed partial class ReviewTests
{
    [Theory]
    [InlineData("Approve", "", "Oncologist", "now", "", "Enter your name")]
    [InlineData("Approve", "Dr A", "", "now", "", "Enter your role")]
    [InlineData("Approve", "Dr A", "Oncologist", "later", "not a date", "Enter a date and time")]
    [InlineData("Approve", "Dr A", "Oncologist", "later", "2001-01-01T09:00", "Enter a date and time")]
    [InlineData("Approve", "Dr A", "Oncologist", "sometime", "", "Choose when")]
    [InlineData("SendBack", "Dr A", "Oncologist", "now", "", "Say what needs changing")]
    public async Task A_review_with_a_missing_or_bad_field_is_refused_with_the_reason_and_the_draft_stays_in_review(
        string handler, string name, string role, string publish, string publishAt, string message)
    {
        var draft = await SubmittedSideEffectDraftAsync("Advice for the hostile-input test.");
        using var reviewer = await EditorSession.SignInAsync(Site, "hi@example.org", Roles.Reviewer);

        var answer = await PostReviewAsync(reviewer, await ReviewPageAsync(reviewer, draft), draft, handler, name, role, publish: publish, publishAt: publishAt);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.StatusCode);
        Assert.Contains(message, await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(DraftState.InReview, (await DraftAsync(ContentKind.SideEffect, draft.ContentId!.Value)).State);
    }

    [Fact]
    public async Task Markup_in_a_reviewers_name_and_role_is_shown_as_text_and_over_long_ones_are_refused()
    {
        var draft = await SubmittedSideEffectDraftAsync("Advice with a hostile reviewer name.");
        using var reviewer = await EditorSession.SignInAsync(Site, "xss@example.org", Roles.Reviewer);

        var tooLong = await PostReviewAsync(reviewer, await ReviewPageAsync(reviewer, draft), draft, "Approve", new string('a', 121), "Oncologist");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooLong.StatusCode);

        var approved = await PostReviewAsync(reviewer, await ReviewPageAsync(reviewer, draft), draft, "Approve", "<script>alert(1)</script>", "<b>Chief</b>");
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        var page = await Reader.GetStringAsync("/side-effects");
        Assert.DoesNotContain("<script>alert(1)</script>", page, StringComparison.Ordinal);
        Assert.Contains("Reviewed by &lt;script&gt;alert(1)&lt;/script&gt;, &lt;b&gt;Chief&lt;/b&gt;", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Review_and_draft_addresses_with_bad_or_stale_values_answer_4xx()
    {
        var draft = await SubmittedSideEffectDraftAsync("Advice for the addresses test.");
        using var reviewer = await EditorSession.SignInAsync(Site, "ad@example.org", Roles.Reviewer);
        var page = await ReviewPageAsync(reviewer, draft);

        Assert.Equal(HttpStatusCode.NotFound, (await reviewer.GetAsync("/admin/review/999999")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reviewer.GetAsync("/admin/review/abc")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Editor.GetAsync("/admin/side-effects/edit?draftId=999999")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Editor.GetAsync("/admin/side-effects/edit?draftId=abc")).StatusCode); // not a number: a new item's form

        // An answer from a page loaded before the draft changed is refused, and the draft is untouched.
        await (await FormAsync(Editor, $"/admin/side-effects/edit/{draft.ContentId}")).Set("Form.Management", "Changed again.").PressAsync(Editor, "Send for review");
        var stale = await PostReviewAsync(reviewer, page, draft, "Approve", "Dr Ad", "GP");
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(DraftState.InReview, (await DraftAsync(ContentKind.SideEffect, draft.ContentId!.Value)).State);

        // Publish or discard with no draft named, or a version that is not a number: 4xx, nothing published.
        var edit = $"/admin/side-effects/edit/{draft.ContentId}";
        var form = HtmlForm.From(await HtmlForm.ParseAsync(await Editor.GetAsync(edit)), edit, EditForm);
        Assert.Equal(HttpStatusCode.BadRequest, (await form.Remove("DraftId").PostAsync(Editor, $"{edit}?handler=PublishDraft")).StatusCode);
        var garbled = await HtmlForm.From(await HtmlForm.ParseAsync(await Editor.GetAsync(edit)), edit, EditForm)
            .Set("DraftVersion", "not a number").PostAsync(Editor, $"{edit}?handler=DiscardDraft");
        Assert.Equal(HttpStatusCode.Conflict, garbled.StatusCode);
        Assert.DoesNotContain("Changed again.", await Reader.GetStringAsync("/side-effects"), StringComparison.Ordinal);
    }

    private async Task<ContentDraft> SubmittedSideEffectDraftAsync(string management)
    {
        var id = await Site.IdOfAsync(db => db.SideEffects, "cytokine-release-syndrome");
        await (await FormAsync(Editor, $"/admin/side-effects/edit/{id}")).Set("Form.Management", management).PressAsync(Editor, "Send for review");
        return await DraftAsync(ContentKind.SideEffect, id);
    }
}
