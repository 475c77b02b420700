using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TherapyGuide.Web.Accounts;
using TherapyGuide.Web.Content;
using TherapyGuide.Web.Content.Review;

namespace TherapyGuide.Tests.Review;

/// <summary>
/// Clinical sign-off on the site's default setting (safety-critical changes need a reviewer), as an editor and two
/// reviewers would do it through the real forms.
/// </summary>
public sealed partial class ReviewTests(SharedSite shared) : EditorAndReaderTest(shared, "editor@example.org"), IClassFixture<SharedSite>
{
    private const string EditForm = "main form[novalidate]";

    [Fact]
    public async Task An_editor_and_a_reviewer_take_an_urgency_change_from_draft_to_published_and_the_page_says_who_reviewed_it()
    {
        var id = await Site.IdOfAsync(db => db.SideEffects, "cytokine-release-syndrome");
        var edit = $"/admin/side-effects/edit/{id}";

        // Lowering the urgency asks for a note first.
        var form = await FormAsync(Editor, edit);
        var noNote = await form.Set("Form.Urgency", nameof(Urgency.ContactNow)).PressAsync(Editor, "Publish");
        var noNotePage = await HtmlForm.ParseAsync(noNote);
        Assert.Contains("lowering the urgency", noNotePage.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);

        // With the note, "Publish" does not publish: the change is kept as a draft and the page says why.
        var kept = await HtmlForm.From(noNotePage, edit, EditForm).Set("Note", "The new leaflet says so.").PressAsync(Editor, "Publish");
        Assert.Equal(HttpStatusCode.OK, kept.StatusCode);
        var keptPage = await HtmlForm.ParseAsync(kept);
        Assert.Contains("needs a reviewer", keptPage.QuerySelector(".notice--warning")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(Urgency.Emergency, await UrgencyAsync(id));
        Assert.DoesNotContain("Reviewed by", await Reader.GetStringAsync("/side-effects"), StringComparison.Ordinal);

        var submitted = await HtmlForm.From(keptPage, edit, EditForm).PressAsync(Editor, "Send for review");
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        var draft = await DraftAsync(ContentKind.SideEffect, id);
        Assert.Equal(DraftState.InReview, draft.State);
        Assert.True(draft.SafetyCritical);

        // An editor may read the review page but not answer it.
        var asEditor = await HtmlForm.ParseAsync(await Editor.GetAsync($"/admin/review/{draft.Id}"));
        Assert.Null(asEditor.QuerySelector("form button[formaction*=Approve]"));
        var forged = await PostReviewAsync(Editor, asEditor, draft, "Approve", "Dr Ed Itor", "Editor");
        Assert.Equal("/admin/denied", forged.Headers.Location?.AbsolutePath);
        Assert.Equal(DraftState.InReview, (await DraftAsync(ContentKind.SideEffect, id)).State);

        using var reviewer = await EditorSession.SignInAsync(Site, "ana@example.org", Roles.Reviewer);
        var review = await HtmlForm.ParseAsync(await reviewer.GetAsync($"/admin/review/{draft.Id}"));
        Assert.Contains("Urgency", review.QuerySelector(".notice--warning")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("The new leaflet says so.", review.QuerySelector(".facts")!.TextContent, StringComparison.Ordinal);
        // The reviewer sees the card as readers will, at the draft's urgency, on a phone and on paper.
        var previews = review.QuerySelectorAll("#preview iframe").Select(f => new AngleSharp.Html.Parser.HtmlParser().ParseDocument(f.GetAttribute("srcdoc")!)).ToList();
        Assert.Equal(2, previews.Count);
        Assert.All(previews, p => Assert.Contains("Contact your care team now", p.QuerySelector(".care-card__level")!.TextContent, StringComparison.OrdinalIgnoreCase));
        var approved = await PostReviewAsync(reviewer, review, draft, "Approve", "Dr Ana Ruiz", "Consultant haematologist");

        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Equal(Urgency.ContactNow, await UrgencyAsync(id));
        var page = await HtmlForm.ParseAsync(await Reader.GetAsync("/side-effects"));
        var card = page.QuerySelector("#cytokine-release-syndrome")!;
        Assert.Contains($"Reviewed by Dr Ana Ruiz, Consultant haematologist, on {DateTime.UtcNow:d MMMM yyyy}", card.TextContent, StringComparison.Ordinal);
        Assert.Null(await Site.QueryAsync(db => db.ContentDrafts.SingleOrDefaultAsync(d => d.Id == draft.Id)));

        // The approval is kept with the revision and in the audit log: who, their role, when, which version.
        var revision = await Site.QueryAsync(db => db.Revisions.Where(r => r.Kind == ContentKind.SideEffect && r.ContentId == id).OrderByDescending(r => r.Version).FirstAsync());
        Assert.Equal(("editor@example.org", "ana@example.org", "Dr Ana Ruiz", "Consultant haematologist"), (revision.Author, revision.ReviewerAccount, revision.ReviewedBy, revision.ReviewerRole));
        Assert.Equal("The new leaflet says so.", revision.Note);
        Assert.NotNull(revision.ApprovedDraftVersion);
        var audit = await Site.QueryAsync(db => db.AuditEntries.Where(e => e.Action == "approve" || e.Action == "publish").OrderBy(e => e.Id).ToListAsync());
        Assert.Equal(["approve", "publish"], audit.Select(e => e.Action));
        Assert.Contains("Dr Ana Ruiz, Consultant haematologist", audit[0].Details, StringComparison.Ordinal);
        Assert.Contains($"version {revision.Version}", audit[1].Details, StringComparison.Ordinal);
        var history = await Editor.GetStringAsync($"/admin/history/sideeffect/{id}");
        Assert.Contains("Dr Ana Ruiz", history, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reviewer_cannot_approve_a_change_they_wrote_and_another_reviewer_can()
    {
        var id = await Site.IdOfAsync(db => db.SideEffects, "cytokine-release-syndrome");
        var edit = $"/admin/side-effects/edit/{id}";
        using var author = await EditorSession.SignInAsync(Site, "bo@example.org", Roles.Reviewer);
        var form = await FormAsync(author, edit);
        await form.Set("Form.Management", "New advice on how it is managed.").PressAsync(author, "Send for review");
        var draft = await DraftAsync(ContentKind.SideEffect, id);

        var own = await HtmlForm.ParseAsync(await author.GetAsync($"/admin/review/{draft.Id}"));
        Assert.Contains("another reviewer must approve", own.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var refused = await PostReviewAsync(author, own, draft, "Approve", "Dr Bo Lind", "Nurse specialist");
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.DoesNotContain("New advice on how it is managed.", await Reader.GetStringAsync("/side-effects"), StringComparison.Ordinal);

        using var other = await EditorSession.SignInAsync(Site, "cy@example.org", Roles.Reviewer);
        var review = await HtmlForm.ParseAsync(await other.GetAsync($"/admin/review/{draft.Id}"));
        var approved = await PostReviewAsync(other, review, draft, "Approve", "Dr Cy Park", "Oncologist");
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Contains("New advice on how it is managed.", await Reader.GetStringAsync("/side-effects"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reviewer_sends_a_change_back_and_editing_an_approved_draft_withdraws_its_approval()
    {
        var id = await Site.IdOfAsync(db => db.UrgentHelp, UrgentHelp.MainSlug);
        var edit = $"/admin/urgent-help/edit/{id}";
        await (await FormAsync(Editor, edit)).Set("Form.EmergencyAction", "Call 999 at once.").PressAsync(Editor, "Send for review");
        var draft = await DraftAsync(ContentKind.UrgentHelp, id);
        using var reviewer = await EditorSession.SignInAsync(Site, "di@example.org", Roles.Reviewer);

        var noComment = await PostReviewAsync(reviewer, await ReviewPageAsync(reviewer, draft), draft, "SendBack", "Dr Di Ho", "GP");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noComment.StatusCode);
        var sentBack = await PostReviewAsync(reviewer, await ReviewPageAsync(reviewer, draft), draft, "SendBack", "Dr Di Ho", "GP", comment: "Say which number to call outside the UK.");
        Assert.Equal(HttpStatusCode.Redirect, sentBack.StatusCode);
        var editorPage = await HtmlForm.ParseAsync(await Editor.GetAsync(edit));
        Assert.Contains("Say which number to call outside the UK.", editorPage.QuerySelector(".draft-status")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Call 999 at once.", HtmlForm.From(editorPage, edit, EditForm)["Form.EmergencyAction"]);

        await HtmlForm.From(editorPage, edit, EditForm).Set("Form.EmergencyAction", "Call 999, or your local emergency number.").PressAsync(Editor, "Send for review");
        draft = await DraftAsync(ContentKind.UrgentHelp, id);
        var approved = await PostReviewAsync(reviewer, await ReviewPageAsync(reviewer, draft), draft, "Approve", "Dr Di Ho", "GP", publish: "editor");
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Equal(DraftState.Approved, (await DraftAsync(ContentKind.UrgentHelp, id)).State);

        // A change after the approval takes it away: the reviewer approved the text it had.
        var changed = await (await FormAsync(Editor, edit)).Set("Form.EmergencyAction", "Something the reviewer never saw.").PressAsync(Editor, "Save draft");
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(DraftState.Draft, (await DraftAsync(ContentKind.UrgentHelp, id)).State);
        var publish = await PublishDraftAsync(Editor, edit);
        Assert.Equal(HttpStatusCode.Conflict, publish.StatusCode);
        Assert.DoesNotContain("Something the reviewer never saw.", await Reader.GetStringAsync("/side-effects"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_change_to_other_fields_goes_live_at_once_and_takes_the_reviewed_by_line_away()
    {
        var id = await Site.IdOfAsync(db => db.SideEffects, "cytokine-release-syndrome");
        var edit = $"/admin/side-effects/edit/{id}";
        await (await FormAsync(Editor, edit)).Set("Form.Management", "Reviewed advice.").PressAsync(Editor, "Send for review");
        var draft = await DraftAsync(ContentKind.SideEffect, id);
        using var reviewer = await EditorSession.SignInAsync(Site, "el@example.org", Roles.Reviewer);
        await PostReviewAsync(reviewer, await ReviewPageAsync(reviewer, draft), draft, "Approve", "Dr El Sa", "Haematologist");
        Assert.Contains("Reviewed by Dr El Sa", await Reader.GetStringAsync("/side-effects"), StringComparison.Ordinal);

        var published = await (await FormAsync(Editor, edit)).Set("Form.Timing", "Unreviewed timing text.").PressAsync(Editor, "Publish");

        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        var page = await Reader.GetStringAsync("/side-effects");
        Assert.Contains("Unreviewed timing text.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Reviewed by Dr El Sa", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restoring_older_safety_advice_from_history_needs_a_review_too()
    {
        var id = await Site.IdOfAsync(db => db.SideEffects, "cytokine-release-syndrome");
        var edit = $"/admin/side-effects/edit/{id}";
        await (await FormAsync(Editor, edit)).Set("Form.Management", "Approved advice.").PressAsync(Editor, "Send for review");
        var draft = await DraftAsync(ContentKind.SideEffect, id);
        using var reviewer = await EditorSession.SignInAsync(Site, "fa@example.org", Roles.Reviewer);
        await PostReviewAsync(reviewer, await ReviewPageAsync(reviewer, draft), draft, "Approve", "Dr Fa", "Oncologist");

        var historyAddress = $"/admin/history/sideeffect/{id}";
        var history = await HtmlForm.ParseAsync(await Editor.GetAsync(historyAddress));
        var restoreFirst = history.QuerySelectorAll("form").OfType<IHtmlFormElement>().Last(f => f.Action.Contains("Restore", StringComparison.Ordinal));
        var restored = await HtmlForm.From(restoreFirst, historyAddress).PostAsync(Editor);

        Assert.Equal(HttpStatusCode.Conflict, restored.StatusCode);
        Assert.Contains("needs a reviewer", await restored.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Approved advice.", await Reader.GetStringAsync("/side-effects"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_scheduled_draft_is_published_once_when_its_time_comes_even_with_two_nodes_trying()
    {
        var id = await Site.IdOfAsync(db => db.SideEffects, "cytokine-release-syndrome");
        await (await FormAsync(Editor, $"/admin/side-effects/edit/{id}")).Set("Form.Management", "Scheduled advice.").PressAsync(Editor, "Send for review");
        var draft = await DraftAsync(ContentKind.SideEffect, id);
        using var reviewer = await EditorSession.SignInAsync(Site, "go@example.org", Roles.Reviewer);
        var later = DateTime.UtcNow.AddHours(1).ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture);
        var approved = await PostReviewAsync(reviewer, await ReviewPageAsync(reviewer, draft), draft, "Approve", "Dr Go", "Oncologist", publish: "later", publishAt: later);
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Contains("Scheduled", await Editor.GetStringAsync("/admin"), StringComparison.Ordinal);

        var publisher = Site.Services.GetServices<IHostedService>().OfType<Web.Hosting.ScheduledPublishingService>().Single();
        Assert.Equal(0, await publisher.PublishDueAsync(CancellationToken.None)); // not due yet
        Assert.DoesNotContain("Scheduled advice.", await Reader.GetStringAsync("/side-effects"), StringComparison.Ordinal);

        // The hour passes; two nodes' tasks reach it at the same moment.
        await Site.ExecuteAsync(db => db.ContentDrafts.Where(d => d.Id == draft.Id).ExecuteUpdateAsync(d => d.SetProperty(x => x.PublishAtUtc, DateTime.UtcNow.AddMinutes(-1))));
        var counts = await Task.WhenAll(publisher.PublishDueAsync(CancellationToken.None), publisher.PublishDueAsync(CancellationToken.None));

        Assert.Equal(1, counts.Sum());
        Assert.Contains("Scheduled advice.", await Reader.GetStringAsync("/side-effects"), StringComparison.Ordinal);
        var revisions = await Site.QueryAsync(db => db.Revisions.CountAsync(r => r.Kind == ContentKind.SideEffect && r.ContentId == id && r.ReviewedBy == "Dr Go"));
        Assert.Equal(1, revisions);
    }

    private static async Task<HtmlForm> FormAsync(HttpClient client, string address) =>
        HtmlForm.From(await HtmlForm.ParseAsync(await client.GetAsync(address)), address, EditForm);

    private async Task<ContentDraft> DraftAsync(ContentKind kind, int id) =>
        await Site.QueryAsync(db => db.ContentDrafts.AsNoTracking().SingleAsync(d => d.Kind == kind && d.ContentId == id));

    private async Task<Urgency> UrgencyAsync(int id) =>
        await Site.QueryAsync(db => db.SideEffects.Where(s => s.Id == id).Select(s => s.Urgency).SingleAsync());

    private static async Task<IHtmlDocument> ReviewPageAsync(HttpClient client, ContentDraft draft) =>
        await HtmlForm.ParseAsync(await client.GetAsync($"/admin/review/{draft.Id}"));

    /// <summary>Posts the review form; an editor's page has none, so the fields are posted with the page's token as a forger would.</summary>
    private static async Task<HttpResponseMessage> PostReviewAsync(
        HttpClient client, IHtmlDocument page, ContentDraft draft, string handler, string name, string role,
        string? comment = null, string publish = "now", string? publishAt = null)
    {
        var address = $"/admin/review/{draft.Id}";
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException("The page has no antiforgery token.");
        var fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["DraftVersion"] = page.QuerySelector("input[name=DraftVersion]")?.GetAttribute("value") ?? draft.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["ReviewerName"] = name,
            ["ReviewerRole"] = role,
            ["Comment"] = comment ?? "",
            ["Publish"] = publish,
            ["PublishAt"] = publishAt ?? "",
        };
        return await client.PostAsync($"{address}?handler={handler}", new FormUrlEncodedContent(fields));
    }

    private static async Task<HttpResponseMessage> PublishDraftAsync(HttpClient client, string edit)
    {
        var page = await HtmlForm.ParseAsync(await client.GetAsync(edit));
        var form = page.QuerySelectorAll("form").OfType<IHtmlFormElement>().FirstOrDefault(f => f.Action.Contains("PublishDraft", StringComparison.Ordinal));
        if (form is not null)
        {
            return await HtmlForm.From(form, edit).PostAsync(client);
        }

        // No button when the draft may not be published: post as a forger would, with the discard form's fields.
        var discard = page.QuerySelectorAll("form").OfType<IHtmlFormElement>().First(f => f.Action.Contains("DiscardDraft", StringComparison.Ordinal));
        var forged = HtmlForm.From(discard, edit);
        return await forged.PostAsync(client, forged.Action.Replace("DiscardDraft", "PublishDraft", StringComparison.Ordinal));
    }
}
