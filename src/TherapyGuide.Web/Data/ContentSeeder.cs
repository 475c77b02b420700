using Microsoft.EntityFrameworkCore;
using TherapyGuide.Web.Content;
using TherapyGuide.Web.Content.Editing;
using TherapyGuide.Web.Content.Files;
using TherapyGuide.Web.Content.Search;
using TherapyGuide.Web.Languages;

namespace TherapyGuide.Web.Data;

/// <summary>
/// Imports from data/content what the store has never had, matched by slug, and never brings back one an editor deleted:
/// every import is remembered, with a hash of the item as the files gave it. When the files give a changed version of an
/// item imported before, an item no editor has touched is updated from them (see <see cref="ContentFileComparison"/>);
/// an item an editor changed stays theirs, and the files' version waits for an editor to take it or keep their own.
/// Every item is written through the content store, as an editor's save is.
/// </summary>
public sealed partial class ContentSeeder(
    TherapyGuideDbContext db,
    ContentFolder folder,
    SearchIndex search,
    ContentStore store,
    ContentFileComparison comparison,
    ContentFileListOrder listOrder,
    TimeProvider clock,
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

    /// <summary>The note on each imported item's first revision.</summary>
    public const string ImportedNote = "Imported from data/content";

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

        // Every file is read before anything is written: a malformed one stops the start with nothing half-imported.
        var english = FolderContent.Load(folder);
        var translations = SiteLanguage.Translations
            .Select(language => (Language: language, Folder: folder.Translation(language)))
            .Where(t => Directory.Exists(t.Folder.Path))
            .Select(t => (t.Language, Content: FolderContent.Load(t.Folder)))
            .ToList();

        var outcomes = new List<ContentFileOutcome>();
        var added = await ImportFolderAsync(english, imports, outcomes, cancellationToken);

        // Then the lists' order, as one step: a row moved by an insertion above it is moved, not changed.
        await listOrder.PlaceAsync<ComparisonAspect, ComparisonForm>(english.ComparisonRows, cancellationToken);
        await listOrder.PlaceAsync<SideEffect, SideEffectForm>(english.SideEffects, cancellationToken);
        await listOrder.PlaceAsync<Condition, ConditionForm>(english.Conditions, cancellationToken);
        await listOrder.PlaceAsync<QuestionGroup, QuestionGroupForm>(english.Questions, cancellationToken);

        // Translations once their originals are in: each is linked to its original and takes its order from it.
        foreach (var (language, content) in translations)
        {
            using (LanguageScope.Use(language))
            {
                added += await ImportFolderAsync(content, imports, outcomes, cancellationToken);
            }
        }

        // The search index follows the store: rebuilt when the seed added anything or it is empty (updates keep it current).
        var rebuildSearch = added > 0 || await search.IsEmptyAsync(cancellationToken);

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

        var updated = outcomes.Count(o => o == ContentFileOutcome.Updated);
        var offered = outcomes.Count(o => o == ContentFileOutcome.Offered);
        LogSeeded(folder.Path, added, updated, offered);
        return added + updated;
    }

    /// <summary>
    /// Imports one language's files (the one <see cref="LanguageScope"/> names): new items first, then the items imported
    /// before, each compared with the files' version and updated or offered one at a time.
    /// </summary>
    private async Task<int> ImportFolderAsync(
        FolderContent content, Dictionary<(string Kind, string Slug), ContentImport> imports, List<ContentFileOutcome> outcomes, CancellationToken cancellationToken)
    {
        var earlier = new List<Func<CancellationToken, Task<ContentFileOutcome>>>();
        var added = await ImportAsync<Article, ArticleForm>(content.Articles, imports, earlier, cancellationToken)
            + await ImportAsync<ComparisonAspect, ComparisonForm>(content.ComparisonRows, imports, earlier, cancellationToken)
            + await ImportAsync<SideEffect, SideEffectForm>(content.SideEffects, imports, earlier, cancellationToken)
            + await ImportAsync<GlossaryTerm, GlossaryForm>(content.Glossary, imports, earlier, cancellationToken)
            + await ImportAsync<Condition, ConditionForm>(content.Conditions, imports, earlier, cancellationToken)
            + await ImportAsync<UrgentHelp, UrgentHelpForm>(content.UrgentHelp, imports, earlier, cancellationToken)
            + await ImportAsync<QuestionGroup, QuestionGroupForm>(content.Questions, imports, earlier, cancellationToken);
        foreach (var compare in earlier)
        {
            outcomes.Add(await compare(cancellationToken));
        }

        return added;
    }

    private async Task RebuildSearchIfEmptyAsync(CancellationToken cancellationToken)
    {
        if (await search.IsEmptyAsync(cancellationToken))
        {
            await search.RebuildAsync(cancellationToken);
        }
    }

    /// <summary>
    /// Creates the items of one kind the store has never had, through the content store, each with its first revision
    /// (version 1, so an editor can always go back to it), and records them as imported in the same transaction. Items
    /// imported before go to <paramref name="earlier"/>, to be compared once the new ones are in. Returns how many it added.
    /// </summary>
    private async Task<int> ImportAsync<TEntity, TForm>(
        IReadOnlyList<TEntity> items,
        Dictionary<(string Kind, string Slug), ContentImport> imports,
        List<Func<CancellationToken, Task<ContentFileOutcome>>> earlier,
        CancellationToken cancellationToken)
        where TEntity : ContentItem
        where TForm : class, IContentForm<TForm, TEntity>
    {
        var kind = ContentFileVersions.ImportKind(TForm.Kind);
        var stored = await db.Set<TEntity>().AsNoTracking().Select(x => x.Slug).ToListAsync(cancellationToken);
        // A translation translates an item the store has in English; one whose original is gone (or never was) waits.
        var language = LanguageScope.Content;
        var originals = language.IsOriginal ? null
            : (await db.Set<TEntity>().IgnoreQueryFilters().AsNoTracking()
                .Where(x => x.Language == SiteLanguage.English.Code).Select(x => x.Slug).ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);
        var present = stored.ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var now = clock.GetUtcNow().UtcDateTime;
        var added = new List<(int? Id, TForm Form)>();

        foreach (var item in items)
        {
            if (!seen.Add(item.Slug))
            {
                continue; // the files give this slug twice: the first one counts
            }

            if (originals is not null && !originals.Contains(item.Slug))
            {
                LogNoOriginal(language.Code, kind, item.Slug);
                continue;
            }

            var files = ContentFileSnapshot.SnapshotOf(TForm.From(item));
            if (imports.TryGetValue((kind, item.Slug), out var import))
            {
                earlier.Add(token => comparison.CompareAsync<TEntity, TForm>(import, item, files, token));
                continue;
            }

            // The hash says which version of the files this was, so a later change to them can be told apart.
            db.ContentImports.Add(new ContentImport { Kind = kind, Slug = item.Slug, ImportedUtc = now, Hash = ContentFileSnapshot.HashOf(files) });
            if (!present.Contains(item.Slug))
            {
                added.Add((null, TForm.From(item))); // else an editor made an item with this slug first; theirs stays
            }
        }

        // The import records staged above are saved in the same transaction as the items.
        var outcome = await store.SaveAllAsync<TEntity, TForm>(added, ContentFileVersions.ImportAuthor, ImportedNote, Content.Review.Publication.ContentFiles, cancellationToken);
        db.ChangeTracker.Clear();
        if (outcome != SaveOutcome.Saved)
        {
            throw new InvalidOperationException($"The content files' {kind} items could not be imported: {outcome}.");
        }

        if (added.Count > 0)
        {
            LogImported(added.Count, kind);
        }

        return added.Count;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Content seeding from {ContentPath} added {Count} item(s), updated {Updated} untouched item(s), and has {Offered} newer version(s) waiting for editors")]
    private partial void LogSeeded(string contentPath, int count, int updated, int offered);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The content files' {Language} translation {Kind} '{Slug}' has no English original in the store and is not imported")]
    private partial void LogNoOriginal(string language, string kind, string slug);

    [LoggerMessage(Level = LogLevel.Information, Message = "Content in {ContentPath} is unchanged since the last import")]
    private partial void LogUnchanged(string contentPath);

    [LoggerMessage(Level = LogLevel.Information, Message = "Importing {Count} new {Kind} item(s)")]
    private partial void LogImported(int count, string kind);
}

/// <summary>Everything one language's content folder gives, read before anything is written.</summary>
internal sealed record FolderContent(
    IReadOnlyList<Article> Articles,
    IReadOnlyList<ComparisonAspect> ComparisonRows,
    IReadOnlyList<SideEffect> SideEffects,
    IReadOnlyList<GlossaryTerm> Glossary,
    IReadOnlyList<Condition> Conditions,
    IReadOnlyList<UrgentHelp> UrgentHelp,
    IReadOnlyList<QuestionGroup> Questions)
{
    public static FolderContent Load(ContentFolder folder) => new(
        folder.LoadArticles(),
        folder.LoadComparison(),
        folder.LoadSideEffects(),
        folder.LoadGlossary(),
        folder.LoadConditions(),
        folder.LoadUrgentHelp(),
        folder.LoadQuestions());
}
