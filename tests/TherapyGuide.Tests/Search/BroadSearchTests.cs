using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TherapyGuide.Web.Content;
using TherapyGuide.Web.Content.Kinds;
using TherapyGuide.Web.Content.Search;
using TherapyGuide.Web.Data;
using TherapyGuide.Web.Languages;

namespace TherapyGuide.Tests.Search;

/// <summary>
/// A query with more matches than the search counts (<see cref="SiteSearch.CountLimit"/>) has its ranking kept
/// (<see cref="KeptRankings"/>): its pages must be the same best-first ranking the store makes, every page reachable and
/// the count saying "more than", and a change to the index must show at once. On whichever store the run uses
/// (THERAPYGUIDE_TEST_STORE), so CI proves it on SQLite and on PostgreSQL.
/// </summary>
public sealed class BroadSearchTests : IDisposable
{
    /// <summary>A word the real content never uses, so only the generated entries match it.</summary>
    private const string Word = "quokka";

    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task A_broad_query_puts_the_title_match_first_pages_honestly_and_follows_changes()
    {
        var terms = SearchQuery.Terms(Word);
        // 1,100 passing mentions, some twice (so bm25 has an order to keep), and one title match at the end of the index.
        var rows = Enumerable.Range(1, 1_100)
            .Select(i => Row(i, $"Generated page {i}", $"Some words about care and a {Word}" + (i % 7 == 0 ? $" and another {Word}" : "") + $" number {i}."))
            .Append(Row(2_000, $"All about the {Word}", "What it is and where it lives."))
            .ToList();
        await InsertAsync(rows);

        // The store's own ranking of every shown match, before any ranking is kept.
        var ranked = await StoreAsync(store => store.PageAsync(terms, 0, KeptRankings.Length, CancellationToken.None));
        var first = await SearchAsync(terms, 1);

        Assert.True(first.TotalIsLowerBound);
        Assert.Equal(SiteSearch.CountLimit + 1, first.Total);
        Assert.Equal("quokka-2000", first.Hits[0].Slug);
        var shown = new List<string>();
        for (var page = 1; page <= SiteSearch.CountLimit / SiteSearch.PageSize; page++)
        {
            var results = page == 1 ? first : await SearchAsync(terms, page);
            Assert.Equal(page, results.Page);
            Assert.Equal(page < SiteSearch.CountLimit / SiteSearch.PageSize, results.HasNext);
            shown.AddRange(results.Hits.Select(h => h.Slug));
        }

        Assert.Equal(ranked.Take(SiteSearch.CountLimit).Select(m => m.Slug), shown);
        Assert.Equal(shown.Count, shown.Distinct().Count());
        Assert.Equal(ranked.Take(SiteSearch.PageSize).Select(m => m.Rank), first.Hits.Select(h => h.Rank));
        Assert.All(first.Hits.Skip(1), hit => Assert.Contains("\u0001", hit.Snippet, StringComparison.Ordinal));

        // Snippets read from the kept ranking (PostgreSQL keeps each once made) are the ones the full ranking makes,
        // the first time a page is read and every time after.
        var snippets = ranked.Take(SiteSearch.PageSize).Select(m => m.Snippet).ToList();
        Assert.Equal(snippets, first.Hits.Select(h => h.Snippet));
        if (await KeptSnippetsAsync() is { } kept)
        {
            Assert.Equal(KeptRankings.Length, kept); // every page has been read: each row keeps its snippet
        }

        Assert.Equal(snippets, (await SearchAsync(terms, 1)).Hits.Select(h => h.Snippet));
        Assert.Equal(
            ranked.Skip(5 * SiteSearch.PageSize).Take(SiteSearch.PageSize).Select(m => m.Snippet),
            (await SearchAsync(terms, 6)).Hits.Select(h => h.Snippet));

        // A better match saved afterwards comes first at once: the change forgot the kept ranking.
        await InsertAsync([Row(3_000, $"{Word} {Word}: a short guide", $"The {Word}, the {Word} and the {Word}.")]);
        var changed = await SearchAsync(terms, 1);
        Assert.Equal("quokka-3000", changed.Hits[0].Slug);
        Assert.Contains("\u0001", changed.Hits[0].Snippet, StringComparison.Ordinal);
        Assert.Equal(first.Hits.Take(SiteSearch.PageSize - 1).Select(h => h.Snippet), changed.Hits.Skip(1).Select(h => h.Snippet));
    }

    [Fact]
    public async Task A_ranking_emptied_between_the_count_and_the_page_still_gives_the_page()
    {
        var terms = SearchQuery.Terms(Word);
        await InsertAsync(Enumerable.Range(1, 1_100).Select(i => Row(i, $"Generated page {i}", $"A {Word} number {i}.")).ToList());
        await using var scope = _site.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<ISearchStore>();

        // The count finds (and keeps) the broad query's ranking; a change then empties it before the page is read.
        Assert.Equal(KeptRankings.Length, await store.CountAsync(terms, KeptRankings.Length, CancellationToken.None));
        await InsertAsync([Row(3_000, $"{Word} {Word}: a short guide", $"The {Word}, the {Word} and the {Word}.")]);
        var page = await store.PageAsync(terms, 0, SiteSearch.PageSize, CancellationToken.None);

        Assert.Equal(SiteSearch.PageSize, page.Count);
        Assert.Equal("quokka-3000", page[0].Slug);
    }

    [Fact]
    public async Task A_narrow_query_still_counts_exactly()
    {
        await InsertAsync(Enumerable.Range(1, 30).Select(i => Row(10_000 + i, $"Narrow page {i}", $"A wombat number {i}.")).ToList());

        var results = await SearchAsync(SearchQuery.Terms("wombat"), 1);

        Assert.False(results.TotalIsLowerBound);
        Assert.Equal(30, results.Total);
        Assert.True(results.HasNext);
    }

    private static SearchRow Row(int id, string title, string body) =>
        new(SearchIndex.RowId(ContentKind.Article, 1_000_000 + id), ContentKindRegistry.Article.StoredName, $"{Word}-{id}", title, "", body);

    private async Task InsertAsync(IReadOnlyList<SearchRow> rows) =>
        await StoreAsync(async store =>
        {
            await store.InsertAsync(SiteLanguage.English, rows, CancellationToken.None);
            await store.RefilledAsync(CancellationToken.None);
            return 0;
        });

    private async Task<T> StoreAsync<T>(Func<ISearchStore, Task<T>> use)
    {
        await using var scope = _site.Services.CreateAsyncScope();
        return await use(scope.ServiceProvider.GetRequiredService<ISearchStore>());
    }

    /// <summary>How many snippets the kept rankings hold, on PostgreSQL (which keeps them); null on SQLite.</summary>
    private async Task<int?> KeptSnippetsAsync()
    {
        await using var scope = _site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TherapyGuideDbContext>();
        return db.Database.IsNpgsql()
            ? await db.Database.SqlQuery<int>($"""SELECT count(*)::int AS "Value" FROM "SearchRankings" WHERE "Snippet" IS NOT NULL""").SingleAsync()
            : null;
    }

    private async Task<SearchResults> SearchAsync(IReadOnlyList<string> terms, int page)
    {
        await using var scope = _site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SiteSearch>().SearchAsync(terms, page, CancellationToken.None);
    }
}
