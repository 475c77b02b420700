using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using TherapyGuide.Web.Content.Editing;
using TherapyGuide.Web.Content.Kinds;
using TherapyGuide.Web.Data;
using TherapyGuide.Web.Languages;

namespace TherapyGuide.Web.Content.Search;

/// <summary>
/// Keeps the store's search index (<see cref="ISearchStore"/>) in step with what readers can see. Called by the
/// content store on every save, delete and restore (inside the same transaction), and rebuilt when the store is seeded.
/// Every language has its own index: an item is written into its language's (<see cref="ContentItem.Language"/>).
/// </summary>
public sealed partial class SearchIndex(TherapyGuideDbContext db, ISearchStore store)
{
    /// <summary>
    /// One row per item: the rowid says which kind (its descriptor's explicit <see cref="ContentKindDescriptor.SearchNumber"/>,
    /// never the enum's position) and which id, so an update never scans.
    /// </summary>
    public static long RowId(ContentKind kind, int id) => ((long)ContentKindRegistry.For(kind).SearchNumber * KindFactor) + id;

    /// <summary>rowid / KindFactor is the kind's search number: search ranks by kind without reading the stored columns.</summary>
    public const long KindFactor = 100_000_000L;

    public async Task UpdateAsync(ContentItem item, CancellationToken cancellationToken)
    {
        var kind = ContentKindRegistry.For(item);
        var entry = kind.SearchEntryOf(item);
        var language = LanguageOf(item);
        await store.RemoveAsync(language, RowId(kind.Kind, item.Id), cancellationToken);
        if (entry.Visible)
        {
            await store.InsertAsync(language, [RowOf(kind, entry)], cancellationToken);
        }
    }

    /// <summary>Takes an English item's row out of the index.</summary>
    public Task RemoveAsync(ContentKind kind, int id, CancellationToken cancellationToken) =>
        RemoveAsync(SiteLanguage.English, kind, id, cancellationToken);

    /// <summary>Takes an item's row out of its language's index.</summary>
    public Task RemoveAsync(SiteLanguage language, ContentKind kind, int id, CancellationToken cancellationToken) =>
        store.RemoveAsync(language, RowId(kind, id), cancellationToken);

    /// <summary>Takes an item's row out of its language's index (<see cref="ContentItem.Language"/>).</summary>
    public Task RemoveAsync(ContentItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        return RemoveAsync(LanguageOf(item), ContentKindRegistry.For(item).Kind, item.Id, cancellationToken);
    }

    /// <summary>The item's language; a code no longer known is English's, as the store would read it.</summary>
    private static SiteLanguage LanguageOf(ContentItem item) => SiteLanguage.Find(item.Language) ?? SiteLanguage.English;

    public Task<bool> IsEmptyAsync(CancellationToken cancellationToken) => store.IsEmptyAsync(cancellationToken);

    /// <summary>
    /// Empties every language's index and fills it again from the store: every visible item of every kind, each
    /// language's items read in its own scope (the store shows one language at a time) into its own index.
    /// </summary>
    public async Task RebuildAsync(CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await store.ClearAsync(cancellationToken);
        foreach (var language in SiteLanguage.All)
        {
            foreach (var kind in ContentKindRegistry.All)
            {
                List<ContentItem> items;
                using (LanguageScope.Use(language))
                {
                    items = await kind.Run(new LoadAll(db, cancellationToken));
                }

                var rows = items.Select(kind.SearchEntryOf).Where(entry => entry.Visible).Select(entry => RowOf(kind, entry));
                foreach (var batch in rows.Chunk(RefillBatch))
                {
                    await store.InsertAsync(language, batch, cancellationToken);
                }
            }
        }

        await store.RefilledAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Rows written at once when the index is filled again (a few megabytes of text at most).</summary>
    private const int RefillBatch = 500;

    private static SearchRow RowOf(ContentKindDescriptor kind, SearchEntry entry) =>
        new(RowId(kind.Kind, entry.Id), kind.StoredName, entry.Slug, entry.Title, WithJoinedForms(entry.Terms + " " + entry.Title), WithJoinedForms(entry.Body));

    /// <summary>
    /// Adds "CART" beside "CAR-T" and "Bcell" beside "B-cell", so people find words however they join them: once for each
    /// time the word appears, so "CART" ranks pages by how much they are about CAR-T, as "CAR-T" does.
    /// </summary>
    private static string WithJoinedForms(string text)
    {
        var joined = HyphenatedWord().Matches(text).Select(m => m.Value.Replace("-", "", StringComparison.Ordinal));
        return $"{text} {string.Join(' ', joined)}";
    }

    [GeneratedRegex(@"\b[\p{L}\p{Nd}]+(?:-[\p{L}\p{Nd}]+)+\b")]
    private static partial Regex HyphenatedWord();

    private sealed record LoadAll(TherapyGuideDbContext Db, CancellationToken CancellationToken) : IContentKindAction<Task<List<ContentItem>>>
    {
        public async Task<List<ContentItem>> Run<TEntity, TForm>()
            where TEntity : ContentItem
            where TForm : class, IContentForm<TForm, TEntity> =>
            [.. await Db.Set<TEntity>().AsNoTracking().ToListAsync(CancellationToken)];
    }
}
