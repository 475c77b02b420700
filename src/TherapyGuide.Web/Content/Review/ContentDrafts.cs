using Microsoft.EntityFrameworkCore;
using TherapyGuide.Web.Content.Editing;
using TherapyGuide.Web.Content.Kinds;
using TherapyGuide.Web.Data;

namespace TherapyGuide.Web.Content.Review;

/// <summary>
/// Changes readers do not see yet, on their way draft → in review → approved → published. Each step checks the draft's
/// version the person saw, and is written to the audit log with it; publishing goes through <see cref="ContentStore"/>,
/// whose review rule lets the change through only with the approval the draft carries (or without one, where the
/// site's rule needs none).
/// </summary>
public sealed class ContentDrafts(TherapyGuideDbContext db, ContentStore store, AuditLog audit, TimeProvider clock)
{
    public const int CommentLength = 1000;

    public Task<ContentDraft?> FindAsync(int draftId, CancellationToken cancellationToken) =>
        db.ContentDrafts.AsNoTracking().SingleOrDefaultAsync(d => d.Id == draftId, cancellationToken);

    public Task<ContentDraft?> FindForItemAsync(ContentKind kind, int contentId, CancellationToken cancellationToken) =>
        db.ContentDrafts.AsNoTracking().SingleOrDefaultAsync(d => d.Kind == kind && d.ContentId == contentId, cancellationToken);

    /// <summary>
    /// Saves the form as the item's draft (a new one when <paramref name="draftId"/> is null), over the item's version
    /// the editor saw (<c>form.Version</c>); sends it for review when <paramref name="submit"/>. Any change to an approved
    /// draft takes the approval away: the reviewer approved the text it had.
    /// </summary>
    public async Task<DraftResult> SaveAsync<TEntity, TForm>(
        int? contentId, int? draftId, int draftVersion, TForm form, string author, string? note, bool minor, bool submit,
        CancellationToken cancellationToken)
        where TEntity : ContentItem
        where TForm : class, IContentForm<TForm, TEntity>
    {
        ArgumentNullException.ThrowIfNull(form);
        var now = clock.GetUtcNow().UtcDateTime;
        IReadOnlyList<FormField>? published = null;
        if (contentId is { } id)
        {
            var item = await db.Set<TEntity>().AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, cancellationToken);
            if (item is null)
            {
                return new DraftResult(DraftOutcome.NotFound);
            }

            published = TForm.From(item).Fields().ToList();
        }

        var kind = TForm.Kind;
        var draft = draftId is { } existing
            ? await db.ContentDrafts.SingleOrDefaultAsync(d => d.Id == existing && d.Kind == kind && d.ContentId == contentId, cancellationToken)
            : null;
        if (draftId is not null && draft is null)
        {
            return new DraftResult(DraftOutcome.Conflict); // published or discarded since the page was loaded
        }

        if (draft is null)
        {
            draft = new ContentDraft { Kind = TForm.Kind, ContentId = contentId, Title = "", Snapshot = "", Author = author, CreatedUtc = now };
            db.ContentDrafts.Add(draft);
        }
        else if (draft.Version != draftVersion)
        {
            return new DraftResult(DraftOutcome.Conflict, draft.Id, draft.Version);
        }
        else
        {
            draft.Version++;
        }

        var fields = form.Fields().ToList();
        draft.BaseVersion = contentId is null ? 0 : form.Version;
        draft.Title = Truncate(form.DisplayName, 200);
        draft.Snapshot = ContentStore.WriteSnapshot(form);
        draft.Note = string.IsNullOrWhiteSpace(note) ? null : Truncate(note.Trim(), 500);
        draft.Author = author;
        if (!draft.Contributors.Contains(author))
        {
            draft.Contributors = [.. draft.Contributors, author];
        }

        draft.SafetyCritical = ReviewRule.SafetyCritical(TForm.Kind, ReviewRule.ChangedFields(published, fields), published is null).Count > 0;
        draft.Minor = minor;
        draft.UpdatedUtc = now;
        var wasApproved = draft.State == DraftState.Approved;
        ClearApproval(draft);
        draft.State = submit ? DraftState.InReview : DraftState.Draft;
        if (submit)
        {
            draft.SubmittedBy = author;
            draft.SubmittedUtc = now;
            draft.ReviewComment = null;
        }

        audit.Add(author, submit ? "submit" : "draft", $"{TForm.Kind} {form.DisplayName}",
            $"draft version {draft.Version} over version {draft.BaseVersion}{(wasApproved ? "; its approval was withdrawn" : "")}");
        return await SaveDraftAsync(draft, cancellationToken);
    }

    /// <summary>A reviewer approves the draft as it is at <paramref name="draftVersion"/>: never a change they wrote part of.</summary>
    public async Task<DraftResult> ApproveAsync(
        int draftId, int draftVersion, string reviewerAccount, string reviewerName, string reviewerRole, string? comment, DateTime? publishAtUtc,
        CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reviewerName);
        ArgumentException.ThrowIfNullOrWhiteSpace(reviewerRole);
        var draft = await db.ContentDrafts.SingleOrDefaultAsync(d => d.Id == draftId, cancellationToken);
        if (draft is null || draft.Version != draftVersion)
        {
            return new DraftResult(draft is null ? DraftOutcome.NotFound : DraftOutcome.Conflict, draftId, draft?.Version ?? 0);
        }

        if (draft.Contributors.Contains(reviewerAccount, StringComparer.OrdinalIgnoreCase))
        {
            return new DraftResult(DraftOutcome.Refused, draft.Id, draft.Version,
                "You wrote part of this change, so another reviewer must approve it.");
        }

        if (draft.State != DraftState.InReview)
        {
            return new DraftResult(DraftOutcome.Refused, draft.Id, draft.Version,
                draft.State == DraftState.Approved ? "It is approved already." : "It has not been sent for review; the editor is still working on it.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        draft.State = DraftState.Approved;
        draft.ReviewerAccount = reviewerAccount;
        draft.ReviewerName = Truncate(reviewerName.Trim(), Data.Configurations.ContentItemConfiguration.ReviewerNameLength);
        draft.ReviewerRole = Truncate(reviewerRole.Trim(), Data.Configurations.ContentItemConfiguration.ReviewerNameLength);
        draft.ApprovedUtc = now;
        draft.ReviewComment = string.IsNullOrWhiteSpace(comment) ? null : Truncate(comment.Trim(), CommentLength);
        draft.PublishAtUtc = publishAtUtc;
        draft.Version++;
        audit.Add(reviewerAccount, "approve", $"{draft.Kind} {draft.Title}",
            $"draft {draft.Id} version {draft.Version} over version {draft.BaseVersion}, as {draft.ReviewerName}, {draft.ReviewerRole}"
            + (publishAtUtc is { } at ? $"; to publish at {at:yyyy-MM-dd HH:mm} UTC" : ""));
        return await SaveDraftAsync(draft, cancellationToken);
    }

    /// <summary>A reviewer sends the draft back to its editor with what needs changing.</summary>
    public async Task<DraftResult> SendBackAsync(int draftId, int draftVersion, string reviewerAccount, string comment, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(comment);
        var draft = await db.ContentDrafts.SingleOrDefaultAsync(d => d.Id == draftId, cancellationToken);
        if (draft is null || draft.Version != draftVersion)
        {
            return new DraftResult(draft is null ? DraftOutcome.NotFound : DraftOutcome.Conflict, draftId, draft?.Version ?? 0);
        }

        if (draft.State == DraftState.Draft)
        {
            return new DraftResult(DraftOutcome.Refused, draft.Id, draft.Version, "It is with its editor already.");
        }

        ClearApproval(draft);
        draft.State = DraftState.Draft;
        draft.ReviewComment = Truncate(comment.Trim(), CommentLength);
        draft.Version++;
        audit.Add(reviewerAccount, "send-back", $"{draft.Kind} {draft.Title}", $"draft {draft.Id} version {draft.Version}: {draft.ReviewComment}");
        return await SaveDraftAsync(draft, cancellationToken);
    }

    /// <summary>Drops the draft; readers go on seeing the published version, and the audit log keeps who dropped it.</summary>
    public async Task<DraftResult> DiscardAsync(int draftId, int draftVersion, string actor, CancellationToken cancellationToken)
    {
        var draft = await db.ContentDrafts.SingleOrDefaultAsync(d => d.Id == draftId, cancellationToken);
        if (draft is null || draft.Version != draftVersion)
        {
            return new DraftResult(draft is null ? DraftOutcome.NotFound : DraftOutcome.Conflict, draftId, draft?.Version ?? 0);
        }

        db.ContentDrafts.Remove(draft);
        audit.Add(actor, "discard-draft", $"{draft.Kind} {draft.Title}", $"draft {draft.Id} version {draft.Version}");
        return await SaveDraftAsync(draft, cancellationToken);
    }

    /// <summary>
    /// Publishes the draft as it is at <paramref name="draftVersion"/>: with its approval, or, where the site's rule
    /// needs none for this change, on the publisher's word. The item's id (a new item's too) comes back in the result.
    /// </summary>
    public async Task<(DraftResult Result, int ContentId, IReadOnlyList<string>? Reasons)> PublishAsync(
        int draftId, int draftVersion, string publisher, CancellationToken cancellationToken)
    {
        var draft = await db.ContentDrafts.SingleOrDefaultAsync(d => d.Id == draftId, cancellationToken);
        if (draft is null || draft.Version != draftVersion)
        {
            return (new DraftResult(draft is null ? DraftOutcome.NotFound : DraftOutcome.Conflict, draftId, draft?.Version ?? 0), 0, null);
        }

        if (publisher == ScheduledPublisher && !(draft.State == DraftState.Approved && draft.PublishAtUtc <= clock.GetUtcNow().UtcDateTime))
        {
            return (new DraftResult(DraftOutcome.Conflict, draft.Id, draft.Version), 0, null); // changed since it was found due
        }

        var (outcome, id, reasons) = await ContentKindRegistry.For(draft.Kind).Run(new PublishAction(store, draft, publisher, cancellationToken));
        return outcome switch
        {
            SaveOutcome.Saved => (new DraftResult(DraftOutcome.Done, draft.Id), id, null),
            SaveOutcome.NeedsApproval => (new DraftResult(DraftOutcome.Refused, draft.Id, draft.Version, string.Join(" ", reasons ?? [])), 0, reasons),
            SaveOutcome.SlugTaken => (new DraftResult(DraftOutcome.Refused, draft.Id, draft.Version,
                "Another item already uses the draft's address: change it in the draft first."), 0, null),
            SaveOutcome.NotFound => (new DraftResult(DraftOutcome.NotFound, draft.Id), 0, null),
            _ => (new DraftResult(DraftOutcome.Conflict, draft.Id, draft.Version,
                "The published version changed after this draft was written: open the draft, compare, and save it again."), 0, null),
        };
    }

    /// <summary>How the audit log and revisions name the background task that publishes scheduled drafts.</summary>
    public const string ScheduledPublisher = "scheduled publishing";

    private static void ClearApproval(ContentDraft draft)
    {
        draft.ReviewerAccount = null;
        draft.ReviewerName = null;
        draft.ReviewerRole = null;
        draft.ApprovedUtc = null;
        draft.PublishAtUtc = null;
    }

    private async Task<DraftResult> SaveDraftAsync(ContentDraft draft, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new DraftResult(DraftOutcome.Done, draft.Id, draft.Version);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return new DraftResult(DraftOutcome.Conflict, draft.Id);
        }
        catch (DbUpdateException)
        {
            // Two editors started a draft of the same item at the same moment: the unique index kept one.
            db.ChangeTracker.Clear();
            return new DraftResult(DraftOutcome.Conflict);
        }
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];

    private sealed record PublishAction(ContentStore Store, ContentDraft Draft, string Publisher, CancellationToken CancellationToken)
        : IContentKindAction<Task<(SaveOutcome, int, IReadOnlyList<string>?)>>
    {
        public async Task<(SaveOutcome, int, IReadOnlyList<string>?)> Run<TEntity, TForm>()
            where TEntity : ContentItem
            where TForm : class, IContentForm<TForm, TEntity>
        {
            var result = await Store.PublishAsync<TEntity, TForm>(Draft, Publisher, CancellationToken);
            return (result.Outcome, result.Id, result.Reasons);
        }
    }
}
