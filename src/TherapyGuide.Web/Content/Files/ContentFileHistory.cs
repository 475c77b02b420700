using Microsoft.EntityFrameworkCore;
using TherapyGuide.Web.Content.Editing;
using TherapyGuide.Web.Data;

namespace TherapyGuide.Web.Content.Files;

/// <summary>
/// What the importer did to the store's items, read from their history: which stored item came from a files' item,
/// whether editors have touched it since, and what the importer last wrote to it.
/// </summary>
public sealed class ContentFileHistory(TherapyGuideDbContext db)
{
    /// <summary>
    /// The stored item the importer made from the files' item with this slug: the item with that slug, or, when an editor
    /// has since changed its address, the item the importer's first revision names. Null when an editor deleted it.
    /// </summary>
    public async Task<TEntity?> FindAsync<TEntity, TForm>(string slug, CancellationToken cancellationToken)
        where TEntity : ContentItem
        where TForm : class, IContentForm<TForm, TEntity>
    {
        var set = db.Set<TEntity>().AsNoTracking();
        var item = await set.SingleOrDefaultAsync(x => x.Slug == slug, cancellationToken);
        if (item is not null)
        {
            return item;
        }

        var kind = TForm.Kind;
        var created = await db.Revisions.AsNoTracking()
            .Where(r => r.Kind == kind && r.Author == ContentFileVersions.ImportAuthor && r.Action == RevisionAction.Created)
            .Select(r => new { r.ContentId, r.Snapshot })
            .ToListAsync(cancellationToken);
        var id = created.FirstOrDefault(r => ContentStore.ReadSnapshot<TForm>(r.Snapshot).Slug == slug)?.ContentId;
        return id is null ? null : await set.SingleOrDefaultAsync(x => x.Id == id, cancellationToken);
    }

    /// <summary>
    /// True when no editor has saved the item since the importer made it: every revision is the importer's and the item
    /// is still at the version of the last one (a change made around the editors' pages moves the version on, too).
    /// </summary>
    public async Task<bool> UntouchedAsync(ContentKind kind, ContentItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        var revisions = await db.Revisions.AsNoTracking()
            .Where(r => r.Kind == kind && r.ContentId == item.Id)
            .Select(r => new { r.Author, r.Version })
            .ToListAsync(cancellationToken);
        var lastVersion = revisions.Count == 0 ? 1 : revisions.Max(r => r.Version); // imported before revisions were kept
        return revisions.TrueForAll(r => r.Author is ContentFileVersions.ImportAuthor or StoredHtmlRefresh.Author) && item.Version == lastVersion;
    }

    /// <summary>
    /// The hash of what the importer last wrote to the item, for imports recorded before hashes were kept; null when
    /// the importer never wrote a revision of it (an editor's item with the same slug, or a store older than history).
    /// </summary>
    public async Task<string?> LastImportedHashAsync<TEntity, TForm>(int id, CancellationToken cancellationToken)
        where TEntity : ContentItem
        where TForm : class, IContentForm<TForm, TEntity>
    {
        var kind = TForm.Kind;
        var snapshot = await db.Revisions.AsNoTracking()
            .Where(r => r.Kind == kind && r.ContentId == id && r.Author == ContentFileVersions.ImportAuthor)
            .OrderByDescending(r => r.Version).ThenByDescending(r => r.Id)
            .Select(r => r.Snapshot)
            .FirstOrDefaultAsync(cancellationToken);
        return snapshot is null ? null : ContentFileSnapshot.HashOf(ContentFileSnapshot.SnapshotOf(ContentStore.ReadSnapshot<TForm>(snapshot)));
    }
}
