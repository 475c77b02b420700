using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TherapyGuide.Web.Content.Review;
using TherapyGuide.Web.Data;
using TherapyGuide.Web.Languages;

namespace TherapyGuide.Web.Content.Editing;

/// <summary>
/// The one place content is changed. Each operation is one transaction: it checks the version the editor started
/// from, saves, writes the revision and the audit entry (through <see cref="ContentWriter"/>), commits only when all of
/// it saved, and then clears the public pages' cache.
/// </summary>
public sealed class ContentStore(
    TherapyGuideDbContext db,
    ContentWriter writer,
    ContentChanges publicPages,
    AuditLog audit)
{
    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Creates the item when <paramref name="id"/> is null, else saves over the version the form was loaded from; an
    /// editor's save unless <paramref name="publication"/> says otherwise (see <see cref="ReviewRule"/>).
    /// </summary>
    /// <remarks>
    /// What the caller has staged on the same context is saved with the item, in the same transaction; on any other
    /// outcome nothing is saved and the caller discards it. Taking the content files' version of an item stages "taken"
    /// that way (<see cref="Files.ContentFileVersions"/>), so it is recorded exactly when the item is saved.
    /// </remarks>
    public async Task<SaveResult<TForm>> SaveAsync<TEntity, TForm>(
        int? id, TForm form, string author, string? note, CancellationToken cancellationToken, Publication? publication = null)
        where TEntity : ContentItem
        where TForm : class, IContentForm<TForm, TEntity>
    {
        ArgumentNullException.ThrowIfNull(form);
        return await InOneTransactionAsync(
            TForm.Kind,
            changed => writer.WriteAsync<TEntity, TForm>(id, form, author, note, RevisionAction.Updated, publication ?? Publication.Direct, changed, cancellationToken),
            result => result.Outcome,
            cancellationToken);
    }

    /// <summary>
    /// Saves several items of one kind as one change (a reordered table, the content files' import; a null id creates):
    /// every one is saved, each with its revision, or none is, and the store keeps what it had. What the caller staged
    /// on the same context is saved with them. Returns the first refusal, if any.
    /// </summary>
    public async Task<SaveOutcome> SaveAllAsync<TEntity, TForm>(
        IReadOnlyList<(int? Id, TForm Form)> items, string author, string? note, Publication publication, CancellationToken cancellationToken)
        where TEntity : ContentItem
        where TForm : class, IContentForm<TForm, TEntity>
    {
        ArgumentNullException.ThrowIfNull(items);
        var outcome = await InOneTransactionAsync(
            TForm.Kind,
            async changed =>
            {
                foreach (var (id, form) in items)
                {
                    var result = await writer.WriteAsync<TEntity, TForm>(id, form, author, note, RevisionAction.Updated, publication, changed, cancellationToken);
                    if (result.Outcome != SaveOutcome.Saved)
                    {
                        return result.Outcome;
                    }
                }

                await db.SaveChangesAsync(cancellationToken); // what the caller staged, when there was nothing to save
                return SaveOutcome.Saved;
            },
            outcome => outcome,
            cancellationToken);
        if (outcome != SaveOutcome.Saved)
        {
            db.ChangeTracker.Clear(); // the rows saved before the refusal were rolled back: forget them
        }

        return outcome;
    }

    public async Task<SaveOutcome> DeleteAsync<TEntity, TForm>(int id, int version, string author, CancellationToken cancellationToken)
        where TEntity : ContentItem
        where TForm : class, IContentForm<TForm, TEntity> =>
        await InOneTransactionAsync(
            TForm.Kind,
            changed => writer.RemoveAsync<TEntity, TForm>(id, version, author, changed, cancellationToken),
            outcome => outcome,
            cancellationToken);

    /// <summary>Makes the item what a revision recorded, as a new save (or brings a deleted item back).</summary>
    public async Task<SaveResult<TForm>> RestoreAsync<TEntity, TForm>(Revision revision, string author, CancellationToken cancellationToken)
        where TEntity : ContentItem
        where TForm : class, IContentForm<TForm, TEntity>
    {
        ArgumentNullException.ThrowIfNull(revision);
        var form = ReadSnapshot<TForm>(revision.Snapshot);
        var current = await db.Set<TEntity>().AsNoTracking()
            .Where(x => x.Id == revision.ContentId)
            .Select(x => new { x.Version })
            .SingleOrDefaultAsync(cancellationToken);
        form.Version = current?.Version ?? 0;
        return await InOneTransactionAsync(
            TForm.Kind,
            changed => writer.WriteAsync<TEntity, TForm>(
                revision.ContentId, form, author, $"Restored version {revision.Version}", RevisionAction.Restored, Publication.Direct, changed, cancellationToken,
                recreate: current is null),
            result => result.Outcome,
            cancellationToken);
    }

    /// <summary>
    /// Publishes a draft: its text goes live over the version it was written from, with its approval (or as the editor's
    /// own save, when the site's rule lets it through without one), and the draft is gone. <paramref name="draft"/> is
    /// tracked by this store's context, at the version the publisher saw.
    /// </summary>
    public async Task<SaveResult<TForm>> PublishAsync<TEntity, TForm>(ContentDraft draft, string publisher, CancellationToken cancellationToken)
        where TEntity : ContentItem
        where TForm : class, IContentForm<TForm, TEntity>
    {
        ArgumentNullException.ThrowIfNull(draft);
        var form = ReadSnapshot<TForm>(draft.Snapshot);
        form.Version = draft.BaseVersion;
        var publication = new Publication(Approval.Of(draft), draft.Minor);
        // A translation's draft is published in its own language, wherever it is published from.
        using var scope = (form as ContentForm)?.TranslationLanguage is { } code && SiteLanguage.Find(code) is { IsOriginal: false } language
            ? LanguageScope.Use(language)
            : null;
        return await InOneTransactionAsync(
            TForm.Kind,
            async changed =>
            {
                var result = await writer.WriteAsync<TEntity, TForm>(
                    draft.ContentId, form, draft.Author, draft.Note, RevisionAction.Updated, publication, changed, cancellationToken);
                if (result.Outcome != SaveOutcome.Saved)
                {
                    return result;
                }

                db.ContentDrafts.Remove(draft);
                audit.Add(publisher, "publish", $"{TForm.Kind} {form.DisplayName}",
                    publication.Approval is { } approval
                        ? $"version {result.Version}, approved by {approval.ReviewerName} ({approval.ReviewerAccount}) as draft {draft.Id} version {draft.Version}"
                        : $"version {result.Version}, draft {draft.Id} version {draft.Version}, without review");
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                }
                catch (DbUpdateConcurrencyException)
                {
                    db.ChangeTracker.Clear(); // the draft changed, or went, since the publisher saw it: roll the whole of it back
                    return new SaveResult<TForm>(SaveOutcome.Conflict, result.Id);
                }

                return result;
            },
            result => result.Outcome,
            cancellationToken);
    }

    public static string WriteSnapshot<TForm>(TForm form) => JsonSerializer.Serialize(form, _json);

    public static TForm ReadSnapshot<TForm>(string snapshot) =>
        JsonSerializer.Deserialize<TForm>(snapshot, _json) ?? throw new InvalidDataException("The revision has no snapshot.");

    /// <summary>
    /// Runs one operation in one transaction, committed only when it saved; the public pages of the addresses it changed
    /// are cleared after the commit, so no reader is served a page built from a change that was then rolled back.
    /// </summary>
    private async Task<TResult> InOneTransactionAsync<TResult>(
        ContentKind kind, Func<List<string?>, Task<TResult>> operation, Func<TResult, SaveOutcome> outcome, CancellationToken cancellationToken)
    {
        var changed = new List<string?>();
        TResult result;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            result = await operation(changed);
            if (outcome(result) != SaveOutcome.Saved)
            {
                return result; // not committed: disposing the transaction rolls back whatever was written
            }

            await transaction.CommitAsync(cancellationToken);
        }

        await publicPages.ChangedAsync(kind, changed);
        return result;
    }
}
