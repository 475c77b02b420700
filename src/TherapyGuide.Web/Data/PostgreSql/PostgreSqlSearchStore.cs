using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using TherapyGuide.Web.Content;
using TherapyGuide.Web.Content.Kinds;
using TherapyGuide.Web.Content.Search;
using TherapyGuide.Web.Languages;

namespace TherapyGuide.Web.Data.PostgreSql;

/// <summary>
/// The search index as a table whose "Document" column PostgreSQL keeps current from title, terms and body (a
/// generated tsvector, weighted A, B and D, in the "therapyguide" text-search configuration: English stems, no stop
/// words, as SQLite's Porter tokenizer), under a GIN index. Matches are ranked by the bm25 SQLite's FTS5 uses, so the
/// same query puts the same page first on both stores; snippets by ts_headline.
/// <para>
/// Spanish has the same tables beside them, "SearchEntriesEs" and "SearchTotalsEs", whose "Document" is made in the
/// "therapyguide_es" configuration: accents taken off (unaccent), then Snowball's Spanish stems, no stop words, as the
/// SQLite store stems Spanish (<see cref="SpanishText"/>). The statements are the English ones with those names in
/// place of the English ones (<see cref="In"/>): the same bm25, the same snippets.
/// </para>
/// </summary>
public sealed class PostgreSqlSearchStore(TherapyGuideDbContext db) : ISearchStore
{
    /// <summary>
    /// One statement for all the rows (arrays unnested), so refilling the index is one round trip per batch and
    /// SearchTotals is updated once per batch, not once per row.
    /// </summary>
    public async Task InsertAsync(SiteLanguage language, IReadOnlyList<SearchRow> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        await ForgetRankingsAsync(language, cancellationToken);
        await db.Database.ExecuteSqlAsync(In(language, $"""
            INSERT INTO "SearchEntries" ("RowId", "Kind", "Slug", "Title", "Terms", "Body", "Length")
            SELECT * FROM unnest({rows.Select(r => r.RowId).ToArray()}::bigint[], {rows.Select(r => r.Kind).ToArray()}::text[],
                                 {rows.Select(r => r.Slug).ToArray()}::text[], {rows.Select(r => r.Title).ToArray()}::text[],
                                 {rows.Select(r => r.Terms).ToArray()}::text[], {rows.Select(r => r.Body).ToArray()}::text[],
                                 {rows.Select(r => r.Length).ToArray()}::integer[])
            """), cancellationToken);
    }

    public Task RefilledAsync(CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"""ANALYZE "SearchEntries", "SearchTotals", "SearchEntriesEs", "SearchTotalsEs" """, cancellationToken);

    public async Task RemoveAsync(SiteLanguage language, long rowId, CancellationToken cancellationToken)
    {
        await ForgetRankingsAsync(language, cancellationToken);
        await db.Database.ExecuteSqlAsync(In(language, $"""DELETE FROM "SearchEntries" WHERE "RowId" = {rowId}"""), cancellationToken);
    }

    /// <summary>
    /// A change to the index empties its language's kept rankings (<see cref="KeptRankings"/>); one being kept from an
    /// older snapshot meanwhile carries the older version, and is never read.
    /// </summary>
    private async Task ForgetRankingsAsync(SiteLanguage language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(language);
        await db.Database.ExecuteSqlAsync($"""DELETE FROM "SearchRankings" WHERE "Language" = {language.Code}""", cancellationToken);
    }

    public async Task ClearAsync(CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlAsync($"""DELETE FROM "SearchRankings" """, cancellationToken);
        await db.Database.ExecuteSqlAsync($"""DELETE FROM "SearchEntries" """, cancellationToken);
        await db.Database.ExecuteSqlAsync($"""DELETE FROM "SearchEntriesEs" """, cancellationToken);
    }

    public async Task<bool> IsEmptyAsync(CancellationToken cancellationToken) =>
        !await db.Database.SqlQuery<bool>($"""SELECT EXISTS (SELECT 1 FROM "SearchEntries") AS "Value" """).SingleAsync(cancellationToken);

    public async Task<int> CountAsync(SiteLanguage language, IReadOnlyList<string> terms, int limit, CancellationToken cancellationToken)
    {
        var query = QueryFor(language, terms);
        if (query is null)
        {
            return 0;
        }

        if (limit <= KeptRankings.Length && await IsKeptAsync(language, query, cancellationToken))
        {
            _kept = (language.Code, query.Query);
            return limit;
        }

        var count = await db.Database.SqlQuery<int>(In(language, $"""
            SELECT count(*)::int AS "Value" FROM (
                SELECT 1 FROM "SearchEntries" WHERE "Document" @@ to_tsquery('therapyguide', {query.Query}) LIMIT {limit}) AS matches
            """)).SingleAsync(cancellationToken);
        if (count >= KeptRankings.Length)
        {
            await KeepRankingAsync(language, query, cancellationToken);
            _kept = (language.Code, query.Query);
        }

        return count;
    }

    /// <summary>
    /// The query this store (one per request) last found or made a kept ranking for, in <see cref="CountAsync"/>: its
    /// page then needs no second look. Should the ranking be emptied in between, the page comes back empty and is ranked.
    /// </summary>
    private (string Language, string Query)? _kept;

    public async Task<List<SearchMatch>> PageAsync(SiteLanguage language, IReadOnlyList<string> terms, int offset, int count, CancellationToken cancellationToken)
    {
        var query = QueryFor(language, terms);
        if (query is null)
        {
            return [];
        }

        // A broad query's page is read from its kept ranking, with the snippets kept there; any other is ranked now.
        if (offset + count <= KeptRankings.Length
            && (_kept == (language.Code, query.Query) || await IsKeptAsync(language, query, cancellationToken)))
        {
            var kept = await db.Database.SqlQueryRaw<SearchMatch>(InText(language, _keptPage), Parameters(language, query, offset, count))
                .ToListAsync(cancellationToken);
            if (kept.Count > 0)
            {
                return kept;
            }
        }

        return await db.Database.SqlQueryRaw<SearchMatch>(InText(language, _rankedPage), Parameters(language, query, offset, count))
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// An entry's snippet ("e", its row id "top"."Id", after <see cref="_query"/>). Snippets mark every phrase wherever it
    /// is, as FTS5's snippet() does: with the query's own AND of words, ts_headline takes a cover as long as the page and
    /// cuts it to a few words ("CAR-T can"). As on SQLite, "…" says where the snippet starts after the beginning of the
    /// text or stops before its end. A scalar subquery, so that a snippet already kept is never made again.
    /// </summary>
    private static readonly string _snippet = string.Create(CultureInfo.InvariantCulture, $$"""
        (SELECT CASE WHEN h.at > 1 THEN '…' ELSE '' END || h.snippet
                    || CASE WHEN h.at + length(h.plain) <= length(rtrim(e."Body")) THEN '…' ELSE '' END
         FROM (SELECT headline.snippet, plain.text AS plain, strpos(e."Body", plain.text) AS at
               FROM (SELECT ts_headline('therapyguide', e."Body", q.anyphrase,
                         'StartSel=' || chr(1) || ', StopSel=' || chr(2) || ', MaxFragments=1, MinWords=' || (words.max - 2) || ', MaxWords=' || words.max) AS snippet
                     FROM (SELECT CASE top."Id" / {{SearchIndex.KindFactor}} WHEN {{ContentKindRegistry.SideEffect.SearchNumber}} THEN {{SiteSearch.SideEffectSnippetTokens}} ELSE {{SiteSearch.SnippetTokens}} END AS max) AS words) AS headline
               CROSS JOIN LATERAL (SELECT translate(headline.snippet, chr(1) || chr(2), '') AS text) AS plain) AS h)
        """);

    /// <summary>
    /// The query's parameters, as <see cref="_query"/>, <see cref="_ranked"/> and the statements around them number them:
    /// {0} the query, {1} its phrases, {2} how many rows, {3} from which, {4} any of its phrases (what a snippet marks),
    /// {5} the language's code.
    /// </summary>
    private static object[] Parameters(SiteLanguage language, SearchQuery.StoreQuery query, int offset, int count) =>
        [query.Query, query.Phrases.ToArray(), count, offset, string.Join(" | ", query.Phrases), language.Code];

    /// <summary>The query parsed once: as given ({0}) and as any of its phrases ({4}).</summary>
    private const string _query = """
        WITH q AS (SELECT to_tsquery('therapyguide', {0}) AS query, to_tsquery('therapyguide', {4}) AS anyphrase)
        """;

    /// <summary>
    /// The matches of the query, ranked: "top", {2} rows from {3}, after <see cref="_query"/>. bm25 as FTS5 computes it
    /// (k1 1.2, b 0.75): for each phrase, its inverse document frequency times its weighted frequency in the entry,
    /// saturated and set against the entry's length. ts_rank_cd of a single phrase with normalisation 0 is exactly the
    /// sum of the weights of its occurrences; weights {D, C, B, A}: body 0.1, terms 0.6, title 1.0, times 10 for SQLite's
    /// 1, 6 and 10. The number of entries and of their words is read from SearchTotals; each phrase is parsed once (a
    /// materialised CTE), not for every entry it is checked against. Negated, so that on both stores a lower rank is
    /// better, then times the kind's weight and a side effect's urgency (SearchWeights), as on SQLite. Built from
    /// constants alone: the query's words are always parameters.
    /// </summary>
    private static readonly string _ranked = string.Create(CultureInfo.InvariantCulture, $$"""
        totals AS (SELECT "Entries"::float8 AS entries, "Words"::float8 / greatest("Entries", 1) AS averagelength, "Version" AS version FROM "SearchTotals"),
        phrase AS MATERIALIZED (
            SELECT to_tsquery('therapyguide', given.text) AS query FROM unnest({1}::text[]) AS given(text)),
        idf AS MATERIALIZED (
            SELECT phrase.query, greatest(ln((totals.entries - hits.n + 0.5) / (hits.n + 0.5)), 1e-6) AS idf
            FROM phrase, totals,
                 LATERAL (SELECT count(*)::float8 AS n FROM "SearchEntries" WHERE "Document" @@ phrase.query) AS hits),
        top AS (
            SELECT e."RowId" AS "Id",
                   -(SELECT sum(idf.idf * f.weighted * 2.2 / (f.weighted + 1.2 * (0.25 + 0.75 * e."Length" / greatest(totals.averagelength, 1))))
                     FROM idf, LATERAL (SELECT 10 * ts_rank_cd(ARRAY[0.1, 0.0, 0.6, 1.0]::real[], e."Document", idf.query, 0) AS weighted) AS f) *
                       CASE e."RowId" / {{SearchIndex.KindFactor}}
                           WHEN {{ContentKindRegistry.Article.SearchNumber}} THEN {{SearchWeights.Article}}::float8
                           WHEN {{ContentKindRegistry.SideEffect.SearchNumber}} THEN coalesce(
                               (SELECT CASE s."Urgency" WHEN '{{nameof(Urgency.Emergency)}}' THEN {{SearchWeights.Emergency}}::float8
                                                        WHEN '{{nameof(Urgency.ContactNow)}}' THEN {{SearchWeights.ContactNow}}::float8
                                                        ELSE {{SearchWeights.NextContact}}::float8 END
                                FROM "SideEffects" AS s WHERE s."Id" = e."RowId" % {{SearchIndex.KindFactor}}), {{SearchWeights.NextContact}}::float8)
                           WHEN {{ContentKindRegistry.UrgentHelp.SearchNumber}} THEN {{SearchWeights.UrgentHelp}}::float8
                           WHEN {{ContentKindRegistry.Condition.SearchNumber}} THEN {{SearchWeights.Condition}}::float8
                           ELSE 1.0::float8 END AS "Rank"
            FROM "SearchEntries" AS e, q, totals
            WHERE e."Document" @@ q.query
            ORDER BY "Rank", "Id"
            LIMIT {2} OFFSET {3})
        """);

    /// <summary>A page of a query ranked now (<see cref="_ranked"/>), each entry with its snippet.</summary>
    private static readonly string _rankedPage = _query + ",\n" + _ranked + $$"""

        SELECT e."Kind", e."Slug", e."Title", {{_snippet}} AS "Snippet", top."Rank"::double precision AS "Rank"
        FROM top JOIN "SearchEntries" AS e ON e."RowId" = top."Id", q
        ORDER BY top."Rank", top."Id"
        """;

    /// <summary>
    /// A page of a kept ranking: snippets already kept are read, the others made and kept for the next reader (only on
    /// the same version of the ranking and the same entry, so a snippet made from an older snapshot is never kept on a
    /// newer ranking). Two readers making the same snippet at once keep the same text.
    /// </summary>
    private static readonly string _keptPage = _query + ",\n" + $$"""
        top AS (
            SELECT r."Position", r."RowId" AS "Id", r."Rank", r."Version", r."Snippet" FROM "SearchRankings" AS r, "SearchTotals" AS t
            WHERE r."Language" = {5} AND r."Query" = {0} AND r."Version" = t."Version" AND r."Position" >= {3} AND r."Position" < {3} + {2}),
        page AS (
            SELECT top."Position", top."Id", top."Version", top."Snippet" IS NULL AS made, e."Kind", e."Slug", e."Title",
                   coalesce(top."Snippet", {{_snippet}}) AS "Snippet", top."Rank"
            FROM top JOIN "SearchEntries" AS e ON e."RowId" = top."Id", q),
        keep AS (
            UPDATE "SearchRankings" AS r SET "Snippet" = page."Snippet" FROM page
            WHERE page.made AND r."Language" = {5} AND r."Query" = {0} AND r."Position" = page."Position"
              AND r."RowId" = page."Id" AND r."Version" = page."Version" AND r."Snippet" IS NULL)
        SELECT "Kind", "Slug", "Title", "Snippet", "Rank"::double precision AS "Rank" FROM page
        ORDER BY "Rank", "Id"
        """;

    private async Task<bool> IsKeptAsync(SiteLanguage language, SearchQuery.StoreQuery query, CancellationToken cancellationToken) =>
        await db.Database.SqlQuery<bool>(In(language, $"""
            SELECT EXISTS (SELECT 1 FROM "SearchRankings" AS r, "SearchTotals" AS t
                           WHERE r."Language" = {language.Code} AND r."Query" = {query.Query} AND r."Position" = 0 AND r."Version" = t."Version") AS "Value"
            """)).SingleAsync(cancellationToken);

    /// <summary>
    /// Ranks a broad query's best <see cref="KeptRankings.Length"/> matches once and keeps them, with the version of the
    /// index they were ranked from (one statement: one snapshot). A full table is emptied first
    /// (<see cref="KeptRankings.MaxQueries"/>); a ranking left from an older version is replaced, and two searches keeping
    /// the same query at once keep one.
    /// </summary>
    private async Task KeepRankingAsync(SiteLanguage language, SearchQuery.StoreQuery query, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlAsync(
            $"""DELETE FROM "SearchRankings" WHERE (SELECT count(*) FROM "SearchRankings" WHERE "Position" = 0) >= {KeptRankings.MaxQueries}""", cancellationToken);
        var keep = InText(language, $$"""
            INSERT INTO "SearchRankings" ("Language", "Query", "Position", "RowId", "Rank", "Version")
            {{_query}},
            {{_ranked}}
            SELECT {5}, {0}, (row_number() OVER (ORDER BY top."Rank", top."Id") - 1)::int, top."Id", top."Rank", totals.version
            FROM top, totals
            ON CONFLICT ("Language", "Query", "Position") DO UPDATE
                SET "RowId" = excluded."RowId", "Rank" = excluded."Rank", "Version" = excluded."Version", "Snippet" = NULL
                WHERE "SearchRankings"."Version" <> excluded."Version"
            """);
        await db.Database.ExecuteSqlRawAsync(keep, Parameters(language, query, 0, KeptRankings.Length), cancellationToken);
    }

    private static SearchQuery.StoreQuery? QueryFor(SiteLanguage language, IReadOnlyList<string> terms)
    {
        ArgumentNullException.ThrowIfNull(language);
        return language.IsOriginal ? SearchQuery.ToTsQuery(terms) : SearchQuery.ToSpanishTsQuery(terms);
    }

    /// <summary>
    /// The statement for <paramref name="language"/>'s index: English's as written; Spanish's with its tables and its
    /// configuration named in its text instead. Only the statement's own text is changed, never a value sent with it.
    /// </summary>
    private static FormattableString In(SiteLanguage language, FormattableString sql) =>
        FormattableStringFactory.Create(InText(language, sql.Format), sql.GetArguments());

    /// <summary>The same for a statement written with numbered parameters ({0}).</summary>
    private static string InText(SiteLanguage language, string sql)
    {
        ArgumentNullException.ThrowIfNull(language);
        return language.IsOriginal ? sql : sql
            .Replace("\"SearchEntries\"", "\"SearchEntriesEs\"", StringComparison.Ordinal)
            .Replace("\"SearchTotals\"", "\"SearchTotalsEs\"", StringComparison.Ordinal)
            .Replace("'therapyguide'", "'therapyguide_es'", StringComparison.Ordinal);
    }
}
