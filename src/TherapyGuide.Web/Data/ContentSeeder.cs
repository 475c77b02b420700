using Microsoft.EntityFrameworkCore;
using TherapyGuide.Web.Content;
using TherapyGuide.Web.Content.Editing;
using TherapyGuide.Web.Content.Files;
using TherapyGuide.Web.Content.Search;

namespace TherapyGuide.Web.Data;

/// <summary>
/// Imports from data/content what the store has never had, matched by slug, and never brings back one an editor deleted:
/// every import is remembered, with a hash of the item as the files gave it. When the files give a changed version of an
/// item imported before, an item no editor has touched is updated from them (a new revision, through the content store);
/// an item an editor changed stays theirs, and the files' version waits for an editor to take it or keep their own.
/// </summary>
public sealed partial class ContentSeeder(
    TherapyGuideDbContext db,
    ContentFolder folder,
    SearchIndex search,
    ContentStore store,
    ContentFileVersions versions,
    TimeProvider clock,
    ContentChanges publicPages,
    ILogger<ContentSeeder> logger)
{
    /// <summary>The <see cref="ContentImport"/> kind that records the fingerprint of the folder last imported.</summary>
    public const string FolderKind = "content-folder";

    /// <summary>
    /// Ends the <see cref="ContentImport"/> kind ("comparison-order") that records, in its hash, the order of a list file
    /// last applied to the store; its slug is always <see cref="OrderSlug"/>.
    /// </summary>
    public const string OrderKindSuffix = "-order";

    /// <summary>The slug of the <see cref="ContentImport"/> that records a list file's order.</summary>
    public const string OrderSlug = "list";

    /// <summary>Imports new items and updates untouched ones; returns how many items it added or updated.</summary>
    public async Task<int> SeedAsync(CancellationToken cancellationToken = default)
    {
        // Most starts find the folder as it was at the last import: skip parsing it, so the site answers sooner.
        var fingerprint = folder.Fingerprint();
        if (await db.ContentImports.AnyAsync(i => i.Kind == FolderKind && i.Slug == fingerprint, cancellationToken))
        {
            await RebuildSearchIfEmptyAsync(cancellationToken);
            LogUnchanged(folder.Path);
            return 0;
        }

        var imports = await db.ContentImports.AsNoTracking()
            .Where(i => i.Kind != FolderKind)
            .ToDictionaryAsync(i => (i.Kind, i.Slug), cancellationToken);

        var comparison = folder.LoadComparison();
        var sideEffects = folder.LoadSideEffects();
        var conditions = folder.LoadConditions();
        var added = new List<Action>();
        var earlier = new List<Func<CancellationToken, Task<FileOutcome>>>();
        added.AddRange(await ImportAsync<Article, ArticleForm>(folder.LoadArticles(), imports, earlier, cancellationToken));
        added.AddRange(await ImportAsync<ComparisonAspect, ComparisonForm>(comparison, imports, earlier, cancellationToken));
        added.AddRange(await ImportAsync<SideEffect, SideEffectForm>(sideEffects, imports, earlier, cancellationToken));
        added.AddRange(await ImportAsync<GlossaryTerm, GlossaryForm>(folder.LoadGlossary(), imports, earlier, cancellationToken));
        added.AddRange(await ImportAsync<Condition, ConditionForm>(conditions, imports, earlier, cancellationToken));
        added.AddRange(await ImportAsync<UrgentHelp, UrgentHelpForm>(folder.LoadUrgentHelp(), imports, earlier, cancellationToken));

        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            await db.SaveChangesAsync(cancellationToken);
            // Each imported item starts its history with version 1, so an editor can always go back to it.
            added.ForEach(addRevision => addRevision());
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        // The search index follows the store: rebuilt when the seed added anything or it is empty (updates keep it current).
        var rebuildSearch = added.Count > 0 || await search.IsEmptyAsync(cancellationToken);

        // Items imported before: each is compared with the files' version, and updated or offered one at a time.
        var outcomes = new List<FileOutcome>();
        foreach (var compare in earlier)
        {
            outcomes.Add(await compare(cancellationToken));
        }

        // Then the lists' order, as one step: a row moved by an insertion above it is moved, not changed.
        await PlaceAsFilesListAsync<ComparisonAspect, ComparisonForm>(comparison, cancellationToken);
        await PlaceAsFilesListAsync<SideEffect, SideEffectForm>(sideEffects, cancellationToken);
        await PlaceAsFilesListAsync<Condition, ConditionForm>(conditions, cancellationToken);

        // Recorded last: a start stopped half-way compares again next time.
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            await db.ContentImports.Where(i => i.Kind == FolderKind).ExecuteDeleteAsync(cancellationToken); // the folder as it was before
            db.ContentImports.Add(new ContentImport { Kind = FolderKind, Slug = fingerprint, ImportedUtc = clock.GetUtcNow().UtcDateTime });
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        if (rebuildSearch)
        {
            await search.RebuildAsync(cancellationToken);
        }

        var updated = outcomes.Count(o => o == FileOutcome.Updated);
        var offered = outcomes.Count(o => o == FileOutcome.Offered);
        LogSeeded(folder.Path, added.Count, updated, offered);
        return added.Count + updated;
    }

    private async Task RebuildSearchIfEmptyAsync(CancellationToken cancellationToken)
    {
        if (await search.IsEmptyAsync(cancellationToken))
        {
            await search.RebuildAsync(cancellationToken);
        }
    }

    /// <summary>
    /// Adds the items the store has never had, and returns, for each, the step that records its first revision once it
    /// has an id. Items imported before go to <paramref name="earlier"/>, to be compared once the new ones are in.
    /// </summary>
    private async Task<List<Action>> ImportAsync<TEntity, TForm>(
        IReadOnlyList<TEntity> items,
        Dictionary<(string Kind, string Slug), ContentImport> imports,
        List<Func<CancellationToken, Task<FileOutcome>>> earlier,
        CancellationToken cancellationToken)
        where TEntity : ContentItem
        where TForm : class, IContentForm<TForm, TEntity>
    {
        var kind = ContentFileVersions.ImportKind(TForm.Kind);
        var set = db.Set<TEntity>();
        var stored = await set.AsNoTracking().Select(x => x.Slug).ToListAsync(cancellationToken);
        var present = stored.ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var now = clock.GetUtcNow().UtcDateTime;
        var added = new List<Action>();

        foreach (var item in items)
        {
            if (!seen.Add(item.Slug))
            {
                continue; // the files give this slug twice: the first one counts
            }

            var files = ContentFileVersions.SnapshotOf(TForm.From(item));
            if (imports.TryGetValue((kind, item.Slug), out var import))
            {
                earlier.Add(token => CompareAsync<TEntity, TForm>(import, item, files, token));
                continue;
            }

            // The hash says which version of the files this was, so a later change to them can be told apart.
            db.ContentImports.Add(new ContentImport { Kind = kind, Slug = item.Slug, ImportedUtc = now, Hash = ContentFileVersions.HashOf(files) });
            if (present.Contains(item.Slug))
            {
                continue; // an editor made an item with this slug first; theirs stays
            }

            item.CreatedUtc = now;
            item.UpdatedUtc = now;
            item.Version = 1;
            set.Add(item);
            added.Add(() => db.Revisions.Add(new Revision
            {
                Kind = TForm.Kind,
                ContentId = item.Id,
                Version = 1,
                Title = TForm.From(item).DisplayName,
                Snapshot = ContentStore.WriteSnapshot(TForm.From(item)),
                Action = RevisionAction.Created,
                Note = "Imported from data/content",
                Author = ContentFileVersions.ImportAuthor,
                CreatedUtc = now,
            }));
        }

        if (added.Count > 0)
        {
            LogImported(added.Count, kind);
        }

        return added;
    }

    /// <summary>
    /// Compares the files' version of an item imported before with what was last imported (or taken, or kept): an
    /// untouched item is updated as a new revision; an item an editor changed keeps the files' version waiting.
    /// </summary>
    private async Task<FileOutcome> CompareAsync<TEntity, TForm>(ContentImport import, TEntity fileItem, string files, CancellationToken cancellationToken)
        where TEntity : ContentItem
        where TForm : class, IContentForm<TForm, TEntity>
    {
        var hash = ContentFileVersions.HashOf(files);
        if (import.Hash == hash || import.Hash == ContentFileVersions.EarlierHashOf(TForm.From(fileItem)))
        {
            // The files still give (or are back at) the version last imported, taken or kept: nothing is waiting.
            await RecordAsync(import, hash, newer: null, cancellationToken);
            return FileOutcome.Same;
        }

        var stored = await versions.FindAsync<TEntity, TForm>(import.Slug, cancellationToken);
        if (stored is null)
        {
            // An editor deleted it: it stays deleted, and its history shows what it was if anyone wants it back.
            return FileOutcome.Left;
        }

        // Imported before hashes were kept: what the importer last wrote to the item says which version that was.
        var lastHash = import.Hash ?? await versions.LastImportedHashAsync<TEntity, TForm>(stored.Id, cancellationToken);
        if (lastHash == hash || ContentFileVersions.SnapshotOf(TForm.From(stored)) == files)
        {
            // The files have not changed since, or the store has their version already.
            await RecordAsync(import, hash, newer: null, cancellationToken);
            return FileOutcome.Same;
        }

        if (!await versions.UntouchedAsync(TForm.Kind, stored, cancellationToken))
        {
            await RecordAsync(import, lastHash, files, cancellationToken);
            return FileOutcome.Offered;
        }

        var form = TForm.From(fileItem);
        form.Version = stored.Version;
        // Staged here, saved by the content store in the same transaction as the item: taken once, never twice.
        db.ContentImports.Attach(import);
        import.Hash = hash;
        import.NewerSnapshot = null;
        var result = await store.SaveAsync<TEntity, TForm>(stored.Id, form, ContentFileVersions.ImportAuthor, ContentFileVersions.UpdatedNote, cancellationToken);
        db.ChangeTracker.Clear();
        if (result.Outcome != SaveOutcome.Saved)
        {
            LogNotUpdated(TForm.Kind, import.Slug, result.Outcome);
            return FileOutcome.Left;
        }

        LogUpdated(TForm.Kind, import.Slug);
        return FileOutcome.Updated;
    }

    /// <summary>
    /// Gives the stored rows of a list file the places the file gives them, when the file's order has changed since it
    /// was last applied. A place is an ordering, not content: rows are moved without a revision or a version of their
    /// own, and an editor's row moves too (the file's new order wins, as readers expect the list to follow it). Editors'
    /// own moves in the admin are saves like any other and stay until the file's order changes again.
    /// </summary>
    private async Task PlaceAsFilesListAsync<TEntity, TForm>(IReadOnlyList<TEntity> items, CancellationToken cancellationToken)
        where TEntity : ContentItem
        where TForm : class, IContentForm<TForm, TEntity>, IPositionedForm
    {
        var places = items.DistinctBy(i => i.Slug).Select(i => (i.Slug, TForm.From(i).Order)).ToList();
        var kind = ContentFileVersions.ImportKind(TForm.Kind) + OrderKindSuffix;
        var hash = ContentFileVersions.HashOf(string.Join('\n', places.Select(p => $"{p.Slug} {p.Order}")));
        var applied = await db.ContentImports.SingleOrDefaultAsync(i => i.Kind == kind, cancellationToken);
        if (applied?.Hash == hash)
        {
            return;
        }

        var moved = new List<string>();
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            foreach (var (slug, order) in places)
            {
                var changed = await db.Set<TEntity>()
                    .Where(x => x.Slug == slug && EF.Property<int>(x, nameof(IPositionedForm.Order)) != order)
                    .ExecuteUpdateAsync(x => x.SetProperty(e => EF.Property<int>(e, nameof(IPositionedForm.Order)), order), cancellationToken);
                if (changed > 0)
                {
                    moved.Add(slug);
                }
            }

            if (applied is null)
            {
                db.ContentImports.Add(new ContentImport { Kind = kind, Slug = OrderSlug, ImportedUtc = clock.GetUtcNow().UtcDateTime, Hash = hash });
            }
            else
            {
                applied.Hash = hash;
                applied.ImportedUtc = clock.GetUtcNow().UtcDateTime;
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        db.ChangeTracker.Clear();
        if (moved.Count > 0)
        {
            await publicPages.ChangedAsync(TForm.Kind, moved);
            LogPlaced(moved.Count, TForm.Kind);
        }
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

    /// <summary>What comparing one item imported before did.</summary>
    private enum FileOutcome
    {
        /// <summary>The files give the version the store already took, or one it has.</summary>
        Same,

        /// <summary>No editor had touched it: it is now the files' version.</summary>
        Updated,

        /// <summary>An editor changed it: the files' version waits on the dashboard.</summary>
        Offered,

        /// <summary>Deleted by an editor, or it could not be saved: left as it is.</summary>
        Left,
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Content seeding from {ContentPath} added {Count} item(s), updated {Updated} untouched item(s), and has {Offered} newer version(s) waiting for editors")]
    private partial void LogSeeded(string contentPath, int count, int updated, int offered);

    [LoggerMessage(Level = LogLevel.Information, Message = "Content in {ContentPath} is unchanged since the last import")]
    private partial void LogUnchanged(string contentPath);

    [LoggerMessage(Level = LogLevel.Information, Message = "Importing {Count} new {Kind} item(s)")]
    private partial void LogImported(int count, string kind);

    [LoggerMessage(Level = LogLevel.Information, Message = "Moved {Count} {Kind} item(s) to their places in the content files' list")]
    private partial void LogPlaced(int count, ContentKind kind);

    [LoggerMessage(Level = LogLevel.Information, Message = "Updated {Kind} {Slug} from the content files")]
    private partial void LogUpdated(ContentKind kind, string slug);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not update {Kind} {Slug} from the content files: {Outcome}")]
    private partial void LogNotUpdated(ContentKind kind, string slug, SaveOutcome outcome);
}
