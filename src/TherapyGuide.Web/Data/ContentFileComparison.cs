using Microsoft.EntityFrameworkCore;
using TherapyGuide.Web.Content;
using TherapyGuide.Web.Content.Editing;
using TherapyGuide.Web.Content.Files;

namespace TherapyGuide.Web.Data;

/// <summary>
/// Compares the files' version of an item imported before with what was last imported (or taken, or kept): an
/// untouched item is updated as a new revision, through the content store; an item an editor changed keeps the files'
/// version waiting for an editor to take it or keep their own.
/// </summary>
public sealed partial class ContentFileComparison(
    TherapyGuideDbContext db,
    ContentStore store,
    ContentFileHistory history,
    ILogger<ContentFileComparison> logger)
{
    public async Task<ContentFileOutcome> CompareAsync<TEntity, TForm>(ContentImport import, TEntity fileItem, string files, CancellationToken cancellationToken)
        where TEntity : ContentItem
        where TForm : class, IContentForm<TForm, TEntity>
    {
        ArgumentNullException.ThrowIfNull(import);
        var hash = ContentFileSnapshot.HashOf(files);
        if (import.Hash == hash || import.Hash == ContentFileSnapshot.EarlierHashOf(TForm.From(fileItem)))
        {
            // The files still give (or are back at) the version last imported, taken or kept: nothing is waiting.
            await RecordAsync(import, hash, newer: null, cancellationToken);
            return ContentFileOutcome.Same;
        }

        var stored = await history.FindAsync<TEntity, TForm>(import.Slug, cancellationToken);
        if (stored is null)
        {
            // An editor deleted it: it stays deleted, and its history shows what it was if anyone wants it back.
            return ContentFileOutcome.Left;
        }

        // Imported before hashes were kept: what the importer last wrote to the item says which version that was.
        var lastHash = import.Hash ?? await history.LastImportedHashAsync<TEntity, TForm>(stored.Id, cancellationToken);
        if (lastHash == hash || ContentFileSnapshot.SnapshotOf(TForm.From(stored)) == files)
        {
            // The files have not changed since, or the store has their version already.
            await RecordAsync(import, hash, newer: null, cancellationToken);
            return ContentFileOutcome.Same;
        }

        if (!await history.UntouchedAsync(TForm.Kind, stored, cancellationToken))
        {
            await RecordAsync(import, lastHash, files, cancellationToken);
            return ContentFileOutcome.Offered;
        }

        var form = TForm.From(fileItem);
        form.Version = stored.Version;
        // Staged here, saved by the content store in the same transaction as the item: taken once, never twice.
        db.ContentImports.Attach(import);
        import.Hash = hash;
        import.NewerSnapshot = null;
        var result = await store.SaveAsync<TEntity, TForm>(stored.Id, form, ContentFileVersions.ImportAuthor, ContentFileVersions.UpdatedNote, cancellationToken, Content.Review.Publication.ContentFiles);
        db.ChangeTracker.Clear();
        if (result.Outcome != SaveOutcome.Saved)
        {
            LogNotUpdated(TForm.Kind, import.Slug, result.Outcome);
            return ContentFileOutcome.Left;
        }

        LogUpdated(TForm.Kind, import.Slug);
        return ContentFileOutcome.Updated;
    }

    /// <summary>Writes the import's hash and waiting version, when they change.</summary>
    private async Task RecordAsync(ContentImport import, string? hash, string? newer, CancellationToken cancellationToken)
    {
        if (import.Hash != hash || import.NewerSnapshot != newer)
        {
            await db.ContentImports.Where(i => i.Id == import.Id)
                .ExecuteUpdateAsync(i => i.SetProperty(x => x.Hash, hash).SetProperty(x => x.NewerSnapshot, newer), cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Updated {Kind} {Slug} from the content files")]
    private partial void LogUpdated(ContentKind kind, string slug);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not update {Kind} {Slug} from the content files: {Outcome}")]
    private partial void LogNotUpdated(ContentKind kind, string slug, SaveOutcome outcome);
}
