using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using TherapyGuide.Web.Content.Editing;
using TherapyGuide.Web.Data;

namespace TherapyGuide.Web.Content.Files;

/// <summary>
/// The content files' versions of items the store already has: how an item is hashed, whether editors have touched
/// it since the importer made it, and the editors' two answers to a newer files' version of an item they changed
/// (take it, or keep theirs). The importer itself is <see cref="ContentSeeder"/>; every change to an item still goes
/// through <see cref="ContentStore"/>.
/// </summary>
public sealed class ContentFileVersions(TherapyGuideDbContext db, ContentStore store, AuditLog audit)
{
    /// <summary>The author of the revisions the importer writes; an item whose revisions are all its own is untouched.</summary>
    public const string ImportAuthor = "content import";

    /// <summary>The note on the revision written when the files' newer version replaces an untouched item.</summary>
    public const string UpdatedNote = "Updated from the content files";

    /// <summary>
    /// The item as the files give it, as a form snapshot without its version (which belongs to the store, not the file)
    /// and without a list row's place in its list (see <see cref="IPositionedForm"/>): two snapshots are equal exactly
    /// when every editable field of the item's own content is.
    /// </summary>
    public static string SnapshotOf<TForm>(TForm form)
        where TForm : class =>
        SnapshotWithout(form, form is IPositionedForm ? ["version", "order"] : ["version"]);

    /// <summary>The form's snapshot less the named fields.</summary>
    private static string SnapshotWithout<TForm>(TForm form, string[] fields)
        where TForm : class
    {
        var snapshot = JsonNode.Parse(ContentStore.WriteSnapshot(form))!.AsObject();
        foreach (var field in fields)
        {
            snapshot.Remove(field);
        }

        return snapshot.ToJsonString();
    }

    /// <summary>
    /// The hash earlier builds kept for the same item (with a row's place, without an article's first-published date),
    /// so that a store hashed by them can tell the files are unchanged since, rather than offer editors a false newer version.
    /// </summary>
    public static string EarlierHashOf<TForm>(TForm form)
        where TForm : class =>
        HashOf(SnapshotWithout(form, form is ArticleForm ? ["version", "published"] : ["version"]));

    /// <summary>
    /// The files' version of an item, placed where the store's item is: a snapshot of the files' version has no place of
    /// its own, and taking it changes the item's content, never its place.
    /// </summary>
    public static TForm ReadFilesVersion<TForm>(string snapshot, TForm ours)
        where TForm : class
    {
        var files = ContentStore.ReadSnapshot<TForm>(snapshot);
        if (files is IPositionedForm placed && ours is IPositionedForm place)
        {
            placed.Order = place.Order;
        }

        return files;
    }

    /// <summary>SHA-256 of a snapshot from <see cref="SnapshotOf{TForm}"/>, 64 hex digits (what <see cref="ContentImport.Hash"/> keeps).</summary>
    public static string HashOf(string snapshot) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(snapshot)));

    /// <summary>The name <see cref="ContentImport.Kind"/> gives each kind ("side-effect"), as the first imports recorded it.</summary>
    public static string ImportKind(ContentKind kind) => kind switch
    {
        ContentKind.Article => "article",
        ContentKind.Comparison => "comparison",
        ContentKind.SideEffect => "side-effect",
        ContentKind.Glossary => "glossary",
        ContentKind.Condition => "condition",
        ContentKind.UrgentHelp => "urgent-help",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>Where an editor compares the files' newer version with the store's.</summary>
    public static string ComparePath(ContentKind kind, string slug) => $"/admin/content-files/{ImportKind(kind)}/{slug}";

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
            .Where(r => r.Kind == kind && r.Author == ImportAuthor && r.Action == RevisionAction.Created)
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
        return revisions.TrueForAll(r => r.Author == ImportAuthor) && item.Version == lastVersion;
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
            .Where(r => r.Kind == kind && r.ContentId == id && r.Author == ImportAuthor)
            .OrderByDescending(r => r.Version).ThenByDescending(r => r.Id)
            .Select(r => r.Snapshot)
            .FirstOrDefaultAsync(cancellationToken);
        return snapshot is null ? null : HashOf(SnapshotOf(ContentStore.ReadSnapshot<TForm>(snapshot)));
    }

    /// <summary>The items whose files' version is newer than the one editors changed, for the dashboard.</summary>
    public async Task<IReadOnlyList<NewerFileVersion>> ListAsync(CancellationToken cancellationToken)
    {
        var waiting = await db.ContentImports.AsNoTracking()
            .Where(i => i.NewerSnapshot != null)
            .OrderBy(i => i.Kind).ThenBy(i => i.Slug)
            .ToListAsync(cancellationToken);
        var list = new List<NewerFileVersion>();
        foreach (var import in waiting)
        {
            if (await DescribeAsync(import, cancellationToken) is { Item: not null } found)
            {
                list.Add(new NewerFileVersion(found.Kind, import.Slug, found.Item.Name));
            }
        }

        return list;
    }

    /// <summary>
    /// What the comparison page shows for the files' item of this kind and slug; null when the files never gave such an
    /// item. <see cref="FileVersionView.Item"/> is null when an editor deleted it, <see cref="FileVersionView.Files"/>
    /// when nothing is waiting.
    /// </summary>
    public async Task<FileVersionView?> LoadAsync(string kind, string slug, CancellationToken cancellationToken)
    {
        if (!ContentItems.TryParseKind(kind, out var parsed) || string.IsNullOrEmpty(slug) || slug.Length > 100)
        {
            return null;
        }

        var importKind = ImportKind(parsed);
        var import = await db.ContentImports.AsNoTracking().SingleOrDefaultAsync(i => i.Kind == importKind && i.Slug == slug, cancellationToken);
        return import is null ? null : await DescribeAsync(import, cancellationToken);
    }

    /// <summary>
    /// Saves the files' version over the editors' one, as a new revision by <paramref name="author"/>. Refused as stale
    /// unless the item is still at the <paramref name="version"/> and the files' version still the <paramref name="hash"/>
    /// the editor saw.
    /// </summary>
    public Task<FileVersionOutcome> UseFilesAsync(FileVersionView view, int version, string hash, string author, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(view);
        return view.Kind switch
        {
            ContentKind.Article => UseFilesAsync<Article, ArticleForm>(view, version, hash, author, cancellationToken),
            ContentKind.Comparison => UseFilesAsync<ComparisonAspect, ComparisonForm>(view, version, hash, author, cancellationToken),
            ContentKind.SideEffect => UseFilesAsync<SideEffect, SideEffectForm>(view, version, hash, author, cancellationToken),
            ContentKind.Glossary => UseFilesAsync<GlossaryTerm, GlossaryForm>(view, version, hash, author, cancellationToken),
            ContentKind.Condition => UseFilesAsync<Condition, ConditionForm>(view, version, hash, author, cancellationToken),
            ContentKind.UrgentHelp => UseFilesAsync<UrgentHelp, UrgentHelpForm>(view, version, hash, author, cancellationToken),
            _ => Task.FromResult(FileVersionOutcome.NotFound),
        };
    }

    /// <summary>Declines the files' version: it is not offered again (a later change to the files is), and the audit log says who.</summary>
    public async Task<FileVersionOutcome> KeepOursAsync(FileVersionView view, int version, string hash, string author, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(view);
        if (Refusal(view, version, hash) is { } refusal)
        {
            return refusal;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Only if the same files' version is still waiting: a colleague's answer a moment ago wins.
        var kept = await db.ContentImports
            .Where(i => i.Id == view.ImportId && i.NewerSnapshot == view.Files)
            .ExecuteUpdateAsync(i => i.SetProperty(x => x.Hash, hash).SetProperty(x => x.NewerSnapshot, (string?)null), cancellationToken);
        if (kept == 0)
        {
            return FileVersionOutcome.Stale;
        }

        audit.Add(author, "keep-ours", $"{view.Kind} {view.Item!.Name}", $"version {version} kept; the content files' version {hash[..12]} declined");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return FileVersionOutcome.Done;
    }

    private async Task<FileVersionOutcome> UseFilesAsync<TEntity, TForm>(FileVersionView view, int version, string hash, string author, CancellationToken cancellationToken)
        where TEntity : ContentItem
        where TForm : class, IContentForm<TForm, TEntity>
    {
        if (Refusal(view, version, hash) is { } refusal)
        {
            return refusal;
        }

        var stored = await db.Set<TEntity>().AsNoTracking().SingleOrDefaultAsync(x => x.Id == view.Item!.Id, cancellationToken);
        if (stored is null)
        {
            return FileVersionOutcome.NotFound;
        }

        var form = ReadFilesVersion(view.Files!, TForm.From(stored));
        form.Version = version;
        // Saved in the content store's transaction, with the item: the files' version is taken and no longer waiting.
        var import = await db.ContentImports.SingleAsync(i => i.Id == view.ImportId, cancellationToken);
        import.Hash = hash;
        import.NewerSnapshot = null;
        var result = await store.SaveAsync<TEntity, TForm>(view.Item!.Id, form, author, "Took the content files' version", cancellationToken);
        if (result.Outcome != SaveOutcome.Saved)
        {
            db.ChangeTracker.Clear();
        }

        return result.Outcome switch
        {
            SaveOutcome.Saved => FileVersionOutcome.Done,
            SaveOutcome.Conflict => FileVersionOutcome.Stale,
            SaveOutcome.SlugTaken => FileVersionOutcome.SlugTaken,
            _ => FileVersionOutcome.NotFound,
        };
    }

    private static FileVersionOutcome? Refusal(FileVersionView view, int version, string hash) =>
        view.Item is null ? FileVersionOutcome.NotFound
        : view.Files is null || view.Hash != hash || view.Item.Version != version ? FileVersionOutcome.Stale
        : null;

    private Task<FileVersionView> DescribeAsync(ContentImport import, CancellationToken cancellationToken) => import.Kind switch
    {
        "article" => DescribeAsync<Article, ArticleForm>(import, cancellationToken),
        "comparison" => DescribeAsync<ComparisonAspect, ComparisonForm>(import, cancellationToken),
        "side-effect" => DescribeAsync<SideEffect, SideEffectForm>(import, cancellationToken),
        "glossary" => DescribeAsync<GlossaryTerm, GlossaryForm>(import, cancellationToken),
        "condition" => DescribeAsync<Condition, ConditionForm>(import, cancellationToken),
        "urgent-help" => DescribeAsync<UrgentHelp, UrgentHelpForm>(import, cancellationToken),
        _ => throw new InvalidDataException($"Unknown content import kind '{import.Kind}'."),
    };

    private async Task<FileVersionView> DescribeAsync<TEntity, TForm>(ContentImport import, CancellationToken cancellationToken)
        where TEntity : ContentItem
        where TForm : class, IContentForm<TForm, TEntity>
    {
        var entity = await FindAsync<TEntity, TForm>(import.Slug, cancellationToken);
        FileVersionItem? item = null;
        TForm? ours = null;
        if (entity is not null)
        {
            ours = TForm.From(entity);
            var kind = TForm.Kind;
            var author = await db.Revisions.AsNoTracking()
                .Where(r => r.Kind == kind && r.ContentId == entity.Id)
                .OrderByDescending(r => r.Version).ThenByDescending(r => r.Id)
                .Select(r => r.Author)
                .FirstOrDefaultAsync(cancellationToken);
            item = new FileVersionItem(entity.Id, entity.Version, ours.DisplayName, author, ours.Fields().ToList());
        }

        var files = import.NewerSnapshot is null ? null
            : ours is null ? ContentStore.ReadSnapshot<TForm>(import.NewerSnapshot)
            : ReadFilesVersion(import.NewerSnapshot, ours);
        return new FileVersionView(
            TForm.Kind,
            import.Id,
            import.Slug,
            item,
            import.NewerSnapshot,
            import.NewerSnapshot is null ? null : HashOf(import.NewerSnapshot),
            files?.Fields().ToList());
    }
}
