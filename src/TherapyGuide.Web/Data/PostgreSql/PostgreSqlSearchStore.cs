using Microsoft.EntityFrameworkCore;
using TherapyGuide.Web.Content;
using TherapyGuide.Web.Content.Kinds;
using TherapyGuide.Web.Content.Search;

namespace TherapyGuide.Web.Data.PostgreSql;

/// <summary>
/// The search index as a table whose "Document" column PostgreSQL keeps current from title, terms and body (a
/// generated tsvector, weighted A, B and D, in the "therapyguide" text-search configuration: English stems, no stop
/// words, as SQLite's Porter tokenizer), under a GIN index; ranked by ts_rank_cd, snippets by ts_headline.
/// </summary>
public sealed class PostgreSqlSearchStore(TherapyGuideDbContext db) : ISearchStore
{
    public Task InsertAsync(SearchRow row, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(row);
        return db.Database.ExecuteSqlAsync(
            $"""INSERT INTO "SearchEntries" ("RowId", "Kind", "Slug", "Title", "Terms", "Body") VALUES ({row.RowId}, {row.Kind}, {row.Slug}, {row.Title}, {row.Terms}, {row.Body})""",
            cancellationToken);
    }

    public Task RemoveAsync(long rowId, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"""DELETE FROM "SearchEntries" WHERE "RowId" = {rowId}""", cancellationToken);

    public Task ClearAsync(CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"""DELETE FROM "SearchEntries" """, cancellationToken);

    public async Task<bool> IsEmptyAsync(CancellationToken cancellationToken) =>
        !await db.Database.SqlQuery<bool>($"""SELECT EXISTS (SELECT 1 FROM "SearchEntries") AS "Value" """).SingleAsync(cancellationToken);

    public async Task<int> CountAsync(IReadOnlyList<string> terms, int limit, CancellationToken cancellationToken)
    {
        var query = SearchQuery.ToTsQuery(terms);
        return query is null ? 0 : await db.Database.SqlQuery<int>($"""
            SELECT count(*)::int AS "Value" FROM (
                SELECT 1 FROM "SearchEntries" WHERE "Document" @@ to_tsquery('therapyguide', {query}) LIMIT {limit}) AS matches
            """).SingleAsync(cancellationToken);
    }

    public async Task<List<SearchMatch>> PageAsync(IReadOnlyList<string> terms, int offset, int count, CancellationToken cancellationToken)
    {
        var query = SearchQuery.ToTsQuery(terms);
        if (query is null)
        {
            return [];
        }

        // ts_rank_cd grows with the match, bm25 (SQLite) falls: the rank is negated, so that on both stores a lower
        // rank is better. Weights {D, C, B, A}: body 0.1, terms 0.6, title 1.0, as SQLite's 1, 6 and 10. The kind's
        // weight and a side effect's urgency (SearchWeights) multiply it, as on SQLite.
        return await db.Database.SqlQuery<SearchMatch>($"""
            WITH q AS (SELECT to_tsquery('therapyguide', {query}) AS query),
            top AS (
                SELECT e."RowId" AS "Id",
                       -ts_rank_cd(ARRAY[0.1, 0.0, 0.6, 1.0]::real[], e."Document", q.query) *
                           CASE e."RowId" / {SearchIndex.KindFactor}
                               WHEN {ContentKindRegistry.Article.SearchNumber} THEN {SearchWeights.Article}
                               WHEN {ContentKindRegistry.SideEffect.SearchNumber} THEN coalesce(
                                   (SELECT CASE s."Urgency" WHEN {nameof(Urgency.Emergency)} THEN {SearchWeights.Emergency}
                                                            WHEN {nameof(Urgency.ContactNow)} THEN {SearchWeights.ContactNow}
                                                            ELSE {SearchWeights.NextContact} END
                                    FROM "SideEffects" AS s WHERE s."Id" = e."RowId" % {SearchIndex.KindFactor}), {SearchWeights.NextContact})
                               WHEN {ContentKindRegistry.UrgentHelp.SearchNumber} THEN {SearchWeights.UrgentHelp}
                               WHEN {ContentKindRegistry.Condition.SearchNumber} THEN {SearchWeights.Condition}
                               ELSE 1.0 END AS "Rank"
                FROM "SearchEntries" AS e, q
                WHERE e."Document" @@ q.query
                ORDER BY "Rank", "Id"
                LIMIT {count} OFFSET {offset})
            SELECT e."Kind", e."Slug", e."Title",
                   ts_headline('therapyguide', e."Body", q.query,
                       'StartSel=' || chr(1) || ', StopSel=' || chr(2) || ', FragmentDelimiter=…, MaxFragments=1, MinWords=5, MaxWords='
                       || CASE top."Id" / {SearchIndex.KindFactor} WHEN {ContentKindRegistry.SideEffect.SearchNumber} THEN {SiteSearch.SideEffectSnippetTokens} ELSE {SiteSearch.SnippetTokens} END) AS "Snippet",
                   top."Rank"::double precision AS "Rank"
            FROM top JOIN "SearchEntries" AS e ON e."RowId" = top."Id", q
            ORDER BY top."Rank", top."Id"
            """).ToListAsync(cancellationToken);
    }
}
