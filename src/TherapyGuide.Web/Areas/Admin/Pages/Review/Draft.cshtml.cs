using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TherapyGuide.Web.Accounts;
using TherapyGuide.Web.Content;
using TherapyGuide.Web.Content.Editing;
using TherapyGuide.Web.Content.Review;
using TherapyGuide.Web.Data.Configurations;
using TherapyGuide.Web.Pages.Layout;

namespace TherapyGuide.Web.Areas.Admin.Pages.Review;

/// <summary>
/// One draft as a reviewer sees it: what it changes against the published version (safety advice marked), the editor's
/// note, and the reviewer's answer: approve (publishing now, at a set time, or leaving it to the editor) or send it
/// back with what needs changing. Anyone in /admin can read it; only a reviewer who wrote none of it can answer.
/// </summary>
public sealed class DraftModel(ContentDrafts drafts, ContentItems items, ReviewerProfile profile, MarkdownRenderer renderer, TimeProvider clock) : PageModel
{
    public ContentDraft Draft { get; private set; } = null!;

    /// <summary>The draft as readers will see it once published, on a phone and on paper.</summary>
    public Previews.ContentPreview Preview => _preview ??= Previews.ContentPreview.OfSnapshot(Draft.Kind, Draft.Snapshot, renderer);

    private Previews.ContentPreview? _preview;

    public CompareModel Comparison { get; private set; } = null!;

    /// <summary>The safety-critical fields the draft changes.</summary>
    public IReadOnlyList<string> SafetyFields { get; private set; } = [];

    /// <summary>True when the published version moved on after the draft was written: it must be brought up to date first.</summary>
    public bool Behind { get; private set; }

    public bool IsReviewer => User.IsInRole(Roles.Reviewer);

    /// <summary>True when the person reading wrote part of the draft, so may not approve it.</summary>
    public bool IsContributor => Draft.Contributors.Contains(User.Identity?.Name ?? "", StringComparer.OrdinalIgnoreCase);

    public string? Message { get; private set; }

    [BindProperty]
    public int DraftVersion { get; set; }

    [BindProperty]
    [Display(Name = "Your name, as readers will see it")]
    [StringLength(ContentItemConfiguration.ReviewerNameLength, ErrorMessage = "Keep your name under 120 characters.")]
    public string? ReviewerName { get; set; }

    [BindProperty]
    [Display(Name = "Your role, as readers will see it")]
    [StringLength(ContentItemConfiguration.ReviewerNameLength, ErrorMessage = "Keep your role under 120 characters.")]
    public string? ReviewerRole { get; set; }

    [BindProperty]
    [Display(Name = "Comment for the editor")]
    [StringLength(ContentDrafts.CommentLength, ErrorMessage = "Keep the comment under 1,000 characters.")]
    public string? Comment { get; set; }

    /// <summary>"now", "later" (at <see cref="PublishAt"/>) or "editor".</summary>
    [BindProperty]
    public string Publish { get; set; } = "now";

    /// <summary>The time to publish, in UTC, as a datetime-local field sends it.</summary>
    [BindProperty]
    [Display(Name = "Date and time (UTC)")]
    public string? PublishAt { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, string? done, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Message = done switch
        {
            "approved" => "Approved. It is published when its time comes, or when an editor publishes it.",
            "sent-back" => "Sent back to the editor with your comment.",
            _ => null,
        };
        var (name, role) = await profile.ReadAsync(User);
        ReviewerName = name;
        ReviewerRole = role;
        DraftVersion = Draft.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostApproveAsync(int id, CancellationToken cancellationToken)
    {
        if (!IsReviewerRequest())
        {
            return Forbid();
        }

        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (string.IsNullOrWhiteSpace(ReviewerName))
        {
            ModelState.AddModelError(nameof(ReviewerName), "Enter your name as readers will see it, for example “Dr Ana Ruiz”.");
        }

        if (string.IsNullOrWhiteSpace(ReviewerRole))
        {
            ModelState.AddModelError(nameof(ReviewerRole), "Enter your role as readers will see it, for example “Consultant haematologist”.");
        }

        DateTime? publishAt = null;
        var now = clock.GetUtcNow().UtcDateTime;
        if (Publish == "later")
        {
            if (DateTime.TryParseExact(PublishAt, ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss"], CultureInfo.InvariantCulture,
                    DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var at) && at > now && at < now.AddYears(2))
            {
                publishAt = at;
            }
            else
            {
                ModelState.AddModelError(nameof(PublishAt), "Enter a date and time (UTC) in the next two years, for example 2027-01-15 09:00.");
            }
        }
        else if (Publish is not ("now" or "editor"))
        {
            ModelState.AddModelError(nameof(Publish), "Choose when it is published.");
        }

        if (Behind)
        {
            ModelState.AddModelError("", "The published version changed after this draft was written. The editor must bring the draft up to date and send it again.");
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        var account = User.Identity!.Name!;
        var approved = await drafts.ApproveAsync(id, DraftVersion, account, ReviewerName!, ReviewerRole!, Comment, publishAt, cancellationToken);
        if (approved.Outcome != DraftOutcome.Done)
        {
            return await RefusedAsync(id, approved, cancellationToken);
        }

        await profile.SaveAsync(User, ReviewerName!.Trim(), ReviewerRole!.Trim());
        if (Publish != "now")
        {
            return Redirect($"/admin/review/{id}?done=approved");
        }

        var (published, contentId, _) = await drafts.PublishAsync(id, approved.Version, account, cancellationToken);
        if (published.Outcome != DraftOutcome.Done)
        {
            return await RefusedAsync(id, published, cancellationToken);
        }

        var kind = Draft.Kind;
        return Redirect(Admin.Translations.TranslationScope.Address(
            $"{ContentKinds.EditPath(kind, contentId)}?saved=true", Admin.Translations.TranslationScope.LanguageOfSnapshot(Draft.Snapshot)));
    }

    public async Task<IActionResult> OnPostSendBackAsync(int id, CancellationToken cancellationToken)
    {
        if (!IsReviewerRequest())
        {
            return Forbid();
        }

        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (string.IsNullOrWhiteSpace(Comment))
        {
            ModelState.AddModelError(nameof(Comment), "Say what needs changing, so the editor knows.");
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        var result = await drafts.SendBackAsync(id, DraftVersion, User.Identity!.Name!, Comment, cancellationToken);
        return result.Outcome == DraftOutcome.Done
            ? Redirect($"/admin/review/{id}?done=sent-back")
            : await RefusedAsync(id, result, cancellationToken);
    }

    private bool IsReviewerRequest() => IsReviewer && !string.IsNullOrEmpty(User.Identity?.Name);

    private async Task<IActionResult> RefusedAsync(int id, DraftResult result, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return Redirect("/admin/review"); // published or discarded meanwhile
        }

        ModelState.AddModelError("", result.Reason ?? "The draft changed after you opened this page. Read it again before answering.");
        DraftVersion = Draft.Version;
        ModelState.Remove(nameof(DraftVersion));
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var draft = await drafts.FindAsync(id, cancellationToken);
        if (draft is null)
        {
            return false;
        }

        Draft = draft;
        var proposed = ContentItems.FieldsOf(draft.Kind, draft.Snapshot);
        IReadOnlyList<FormField>? published = null;
        if (draft.ContentId is { } contentId)
        {
            published = await items.CurrentFieldsAsync(draft.Kind, contentId, cancellationToken);
            var current = await items.DescribeAsync(draft.Kind, contentId, cancellationToken);
            Behind = current is { } item && item.Version != draft.BaseVersion;
        }

        Comparison = new CompareModel(published is null ? "Nothing yet (a new item)" : "Published now", published ?? [], "The draft", proposed);
        SafetyFields = ReviewRule.SafetyCritical(draft.Kind, ReviewRule.ChangedFields(published, proposed), published is null);
        ViewData.SetPageInfo(new PageInfo($"Review: {draft.Title}", "A draft change and its review."));
        return true;
    }
}
