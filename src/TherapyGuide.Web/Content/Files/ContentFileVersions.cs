using Microsoft.EntityFrameworkCore;
using TherapyGuide.Web.Content.Editing;
using TherapyGuide.Web.Content.Kinds;
using TherapyGuide.Web.Data;

namespace TherapyGuide.Web.Content.Files;

/// <summary>
/// The content files' versions of items the store already has: how an item is hashed, whether editors have touched
/// it since the importer made it, and the editors' two answers to a newer files' version of an item they changed
/// (take it, or keep theirs). The importer itself is <see cref="ContentSeeder"/>; every change to an item still goes
/// through <see cref="ContentStore"/>.
/// </summary>
public sealed class ContentFileVersions(TherapyGuideDbContext db, ContentStore store, AuditLog audit, ContentFileHistory history)
{
    /// <summary>The author of the revisions the importer writes; an item whose revisions are all its own is untouched.</summary>
    public const string ImportAuthor = "content import";

    /// <summary>The note on the revision written when the files' newer version replaces an untouched item.</summary>
    public const string UpdatedNote = "Updated from the content files";

    /// <summary>
    /// The name <see cref="ContentImport.Kind"/> gives each kind ("side-effect"), as the first imports recorded it; a
    /// translation's ends in its language ("side-effect.es"), the language <see cref="Languages.LanguageScope"/> names.
    /// </summary>
    public static string ImportKind(ContentKind kind) =>
        ContentKindRegistry.For(kind).ImportName + (Languages.LanguageScope.Content is { IsOriginal: false } language ? "." + language.Code : "");

    /// <summary>Where an editor compares the files' newer version with the store's.</summary>
    public static string ComparePath(ContentKind kind, string slug) => $"/admin/content-files/{ImportKind(kind)}/{slug}";

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
                list.Add(new NewerFileVersion(found.Kind, import.Slug, found.Item.Name, LanguageOf(import.Kind)));
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
        return ContentKindRegistry.For(view.Kind).Run(new UseFilesAction(this, view, version, hash, author, cancellationToken));
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

    internal async Task<FileVersionOutcome> UseFilesAsync<TEntity, TForm>(FileVersionView view, int version, string hash, string author, CancellationToken cancellationToken)
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

        var form = ContentFileSnapshot.ReadFilesVersion(view.Files!, TForm.From(stored));
        form.Version = version;
        // Saved in the content store's transaction, with the item: the files' version is taken and no longer waiting.
        var import = await db.ContentImports.SingleAsync(i => i.Id == view.ImportId, cancellationToken);
        import.Hash = hash;
        import.NewerSnapshot = null;
        var result = await store.SaveAsync<TEntity, TForm>(view.Item!.Id, form, author, "Took the content files' version", cancellationToken, Review.Publication.ContentFiles);
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

    /// <summary>Read in the import's own language: a translation's files ("article.es") describe the Spanish item.</summary>
    private async Task<FileVersionView> DescribeAsync(ContentImport import, CancellationToken cancellationToken)
    {
        var name = import.Kind.Split('.')[0];
        var kind = ContentKindRegistry.ForImportName(name) ?? throw new InvalidDataException($"Unknown content import kind '{import.Kind}'.");
        using var scope = Languages.LanguageScope.Use(LanguageOf(import.Kind));
        return await kind.Run(new DescribeAction(this, import, cancellationToken));
    }

    /// <summary>The language an import kind names after its dot ("article.es"), English without one.</summary>
    private static Languages.SiteLanguage LanguageOf(string importKind) =>
        importKind.IndexOf('.', StringComparison.Ordinal) is var dot and >= 0
            ? Languages.SiteLanguage.Find(importKind[(dot + 1)..]) ?? throw new InvalidDataException($"Unknown content import language '{importKind}'.")
            : Languages.SiteLanguage.English;

    internal async Task<FileVersionView> DescribeAsync<TEntity, TForm>(ContentImport import, CancellationToken cancellationToken)
        where TEntity : ContentItem
        where TForm : class, IContentForm<TForm, TEntity>
    {
        var entity = await history.FindAsync<TEntity, TForm>(import.Slug, cancellationToken);
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
            : ContentFileSnapshot.ReadFilesVersion(import.NewerSnapshot, ours);
        return new FileVersionView(
            TForm.Kind,
            import.Id,
            import.Slug,
            item,
            import.NewerSnapshot,
            import.NewerSnapshot is null ? null : ContentFileSnapshot.HashOf(import.NewerSnapshot),
            files?.Fields().ToList());
    }
}
