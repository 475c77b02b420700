using Microsoft.EntityFrameworkCore;
using TherapyGuide.Web.Data;

namespace TherapyGuide.Web.Content.Search;

/// <summary>Runs a reader's search: ranked by bm25 (titles and glossary words above body text), a page at a time.</summary>
public sealed class SiteSearch(TherapyGuideDbContext db)
{
    public const int PageSize = 10;

    /// <summary>
    /// Counting stops here: nobody pages through a thousand results, and counting every match of a common word
    /// in ten thousand articles would cost more than the search itself. The page then says "more than 1,000".
    /// </summary>
    public const int CountLimit = 1_000;

    /// <summary>A page of hits, the number of matches (at most <see cref="CountLimit"/> + 1) and whether a next page exists.</summary>
    public async Task<SearchResults> SearchAsync(IReadOnlyList<string> terms, int page, CancellationToken cancellationToken)
    {
        var match = SearchQuery.ToFts(terms);
        if (match is null)
        {
            return SearchResults.None;
        }

        var total = await db.Database
            .SqlQuery<int>($"SELECT count(*) AS Value FROM (SELECT 1 FROM SearchEntries WHERE SearchEntries MATCH {match} LIMIT {CountLimit + 1})")
            .SingleAsync(cancellationToken);
        if (total == 0)
        {
            return SearchResults.None;
        }

        // Past the last page: show the last one instead of an empty page.
        var lastPage = Math.Max(1, (Math.Min(total, CountLimit) + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, lastPage);

        // Column weights: kind and slug 0, title 10, other words and names 6, body 1. Pages about a subject
        // (articles, side effects) come slightly ahead of the word list when they match as well; the kind is read
        // from the rowid (see SearchIndex.RowId), so ranking touches nothing but the index. Snippets are made
        // only for the page shown, not for every match. Ties go by rowid, so no result shows on two pages or on none. One row more than a page says whether there is a next one.
        var offset = (page - 1) * PageSize;
        var hits = await db.Database.SqlQuery<SearchHit>($"""
            WITH top AS (
                SELECT rowid AS Id,
                       bm25(SearchEntries, 0.0, 0.0, 10.0, 6.0, 1.0) *
                           CASE rowid / {SearchIndex.KindFactor}
                               WHEN {(int)ContentKind.Article} THEN 2.0
                               WHEN {(int)ContentKind.SideEffect} THEN 1.6
                               WHEN {(int)ContentKind.Condition} THEN 1.1
                               ELSE 1.0 END AS Rank
                FROM SearchEntries
                WHERE SearchEntries MATCH {match}
                ORDER BY Rank, Id
                LIMIT {PageSize + 1} OFFSET {offset})
            SELECT kind AS Kind, slug AS Slug, title AS Title,
                   snippet(SearchEntries, 4, char(1), char(2), '…', 14) AS Snippet, top.Rank AS Rank
            FROM top JOIN SearchEntries ON SearchEntries.rowid = top.Id
            WHERE SearchEntries MATCH {match}
            ORDER BY top.Rank, top.Id
            """).ToListAsync(cancellationToken);
        var hasNext = hits.Count > PageSize && page < lastPage;
        return new SearchResults(hits.Take(PageSize).ToList(), total, page, hasNext);
    }
}
