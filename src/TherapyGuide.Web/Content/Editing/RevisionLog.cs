using Microsoft.EntityFrameworkCore;
using TherapyGuide.Web.Data;

namespace TherapyGuide.Web.Content.Editing;

/// <summary>
/// Each item's history: one revision for every save, holding the whole form, so that any version can be compared or
/// brought back. Only adds; the operation that changed the item saves the revision with it.
/// </summary>
public sealed class RevisionLog(TherapyGuideDbContext db, TimeProvider clock)
{
    /// <summary>
    /// Adds a revision holding <paramref name="item"/> as it is now; <paramref name="publication"/> brings the reviewer's
    /// approval, or says it was a minor change. A translation's snapshot names its language, so its history, a restore
    /// and the dashboard know which language the revision is in after the item itself is gone.
    /// </summary>
    public void Add<TEntity, TForm>(TEntity item, RevisionAction action, string author, string? note, Review.Publication? publication = null)
        where TEntity : ContentItem
        where TForm : class, IContentForm<TForm, TEntity>
    {
        ArgumentNullException.ThrowIfNull(item);
        var form = TForm.From(item);
        if (form is ContentForm translated && item.Language != Languages.SiteLanguage.English.Code)
        {
            translated.TranslationLanguage = item.Language;
        }

        db.Revisions.Add(new Revision
        {
            Kind = TForm.Kind,
            ContentId = item.Id,
            Version = item.Version,
            Title = Truncate(form.DisplayName, 200),
            Snapshot = ContentStore.WriteSnapshot(form),
            Action = action,
            Note = string.IsNullOrWhiteSpace(note) ? null : Truncate(note.Trim(), 500),
            Author = author,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
            ReviewerAccount = publication?.Approval?.ReviewerAccount,
            ReviewedBy = publication?.Approval?.ReviewerName,
            ReviewerRole = publication?.Approval?.ReviewerRole,
            ApprovedUtc = publication?.Approval?.ApprovedUtc,
            ApprovedDraftVersion = publication?.Approval?.DraftVersion,
            Minor = publication is { Approval: null, Minor: true },
        });
    }

    /// <summary>The last version the item's history has, 0 for a new item; a deleted item brought back goes on from it.</summary>
    public async Task<int> LastVersionAsync(ContentKind kind, int? id, CancellationToken cancellationToken) =>
        id is null
            ? 0
            : await db.Revisions.Where(r => r.Kind == kind && r.ContentId == id).MaxAsync(r => (int?)r.Version, cancellationToken) ?? 0;

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
