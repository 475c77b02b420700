using Microsoft.EntityFrameworkCore;
using TherapyGuide.Web.Data;

namespace TherapyGuide.Web.Content.Search;

/// <summary>Runs a reader's search: ranked by bm25 (titles and glossary words above body text), a page at a time.</summary>
public sealed class SiteSearch(TherapyGuideDbContext db)
{
    public const int PageSize = 10;

    public async Task<(IReadOnlyList<SearchHit> Hits, int Total)> SearchAsync(IReadOnlyList<string> terms, int page, CancellationToken cancellationToken)
    {
        var match = SearchQuery.ToFts(terms);
        if (match is null)
        {
            return ([], 0);
        }

        var total = await db.Database
            .SqlQuery<int>($"SELECT count(*) AS Value FROM SearchEntries WHERE SearchEntries MATCH {match}")
            .SingleAsync(cancellationToken);
        if (total == 0)
        {
            return ([], 0);
        }

        // Column weights: kind and slug 0, title 10, other words and names 6, body 1. Pages about a subject
        // (articles, side effects) come slightly ahead of the word list when they match as well.
        var offset = (page - 1) * PageSize;
        var hits = await db.Database.SqlQuery<SearchHit>($"""
            SELECT kind AS Kind, slug AS Slug, title AS Title,
                   snippet(SearchEntries, 4, char(1), char(2), '…', 14) AS Snippet,
                   bm25(SearchEntries, 0.0, 0.0, 10.0, 6.0, 1.0) *
                       CASE kind WHEN 'Article' THEN 2.0 WHEN 'SideEffect' THEN 1.6 WHEN 'Condition' THEN 1.1 ELSE 1.0 END AS Rank
            FROM SearchEntries
            WHERE SearchEntries MATCH {match}
            ORDER BY Rank
            LIMIT {PageSize} OFFSET {offset}
            """).ToListAsync(cancellationToken);
        return (hits, total);
    }
}
