using Microsoft.EntityFrameworkCore;
using TherapyGuide.Web.Content;
using TherapyGuide.Web.Content.Kinds;
using TherapyGuide.Web.Content.Search;

namespace TherapyGuide.Web.Data.Sqlite;

/// <summary>
/// The search index as an FTS5 table (SearchEntries: kind, slug, title, terms, body; Porter stems, prefix indexes),
/// ranked by bm25. The rowid says the kind and the id (see <see cref="SearchIndex.RowId"/>).
/// </summary>
public sealed class SqliteSearchStore(TherapyGuideDbContext db) : ISearchStore
{
    public async Task InsertAsync(IReadOnlyList<SearchRow> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        foreach (var row in rows)
        {
            await db.Database.ExecuteSqlAsync(
                $"INSERT INTO SearchEntries(rowid, kind, slug, title, terms, body) VALUES ({row.RowId}, {row.Kind}, {row.Slug}, {row.Title}, {row.Terms}, {row.Body})",
                cancellationToken);
        }
    }

    public Task RefilledAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task RemoveAsync(long rowId, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"DELETE FROM SearchEntries WHERE rowid = {rowId}", cancellationToken);

    public Task ClearAsync(CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"DELETE FROM SearchEntries", cancellationToken);

    public async Task<bool> IsEmptyAsync(CancellationToken cancellationToken) =>
        !await db.Database.SqlQuery<bool>($"SELECT EXISTS (SELECT 1 FROM SearchEntries) AS Value").SingleAsync(cancellationToken);

    public async Task<int> CountAsync(IReadOnlyList<string> terms, int limit, CancellationToken cancellationToken)
    {
        var match = SearchQuery.ToFts(terms);
        return match is null ? 0 : await db.Database
            .SqlQuery<int>($"SELECT count(*) AS Value FROM (SELECT 1 FROM SearchEntries WHERE SearchEntries MATCH {match} LIMIT {limit})")
            .SingleAsync(cancellationToken);
    }

    public async Task<List<SearchMatch>> PageAsync(IReadOnlyList<string> terms, int offset, int count, CancellationToken cancellationToken)
    {
        var match = SearchQuery.ToFts(terms);
        if (match is null)
        {
            return [];
        }

        // Column weights: kind and slug 0, title 10, other words and names 6, body 1, times the kind's weight
        // (SearchWeights), read from the rowid, so ranking touches nothing but the index, except for side effects,
        // whose urgency is read by primary key for the few side-effect matches only. Snippets are made for the page
        // shown only, not for every match.
        return await db.Database.SqlQuery<SearchMatch>($"""
            WITH top AS (
                SELECT rowid AS Id,
                       bm25(SearchEntries, 0.0, 0.0, 10.0, 6.0, 1.0) *
                           CASE rowid / {SearchIndex.KindFactor}
                               WHEN {ContentKindRegistry.Article.SearchNumber} THEN {SearchWeights.Article}
                               WHEN {ContentKindRegistry.SideEffect.SearchNumber} THEN coalesce(
                                   (SELECT CASE s.Urgency WHEN {nameof(Urgency.Emergency)} THEN {SearchWeights.Emergency}
                                                          WHEN {nameof(Urgency.ContactNow)} THEN {SearchWeights.ContactNow}
                                                          ELSE {SearchWeights.NextContact} END
                                    FROM SideEffects AS s WHERE s.Id = SearchEntries.rowid % {SearchIndex.KindFactor}), {SearchWeights.NextContact})
                               WHEN {ContentKindRegistry.UrgentHelp.SearchNumber} THEN {SearchWeights.UrgentHelp}
                               WHEN {ContentKindRegistry.Condition.SearchNumber} THEN {SearchWeights.Condition}
                               ELSE 1.0 END AS Rank
                FROM SearchEntries
                WHERE SearchEntries MATCH {match}
                ORDER BY Rank, Id
                LIMIT {count} OFFSET {offset})
            SELECT kind AS Kind, slug AS Slug, title AS Title,
                   snippet(SearchEntries, 4, char(1), char(2), '…', CASE top.Id / {SearchIndex.KindFactor} WHEN {ContentKindRegistry.SideEffect.SearchNumber} THEN {SiteSearch.SideEffectSnippetTokens} ELSE {SiteSearch.SnippetTokens} END) AS Snippet,
                   top.Rank AS Rank
            FROM top JOIN SearchEntries ON SearchEntries.rowid = top.Id
            WHERE SearchEntries MATCH {match}
            ORDER BY top.Rank, top.Id
            """).ToListAsync(cancellationToken);
    }
}
