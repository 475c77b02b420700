using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TherapyGuide.Web.Content;
using TherapyGuide.Web.Content.Kinds;
using TherapyGuide.Web.Content.Search;
using TherapyGuide.Web.Languages;

namespace TherapyGuide.Web.Data.Sqlite;

/// <summary>
/// The search index as an FTS5 table (SearchEntries: kind, slug, title, terms, body; Porter stems, prefix indexes),
/// ranked by bm25. The rowid says the kind and the id (see <see cref="SearchIndex.RowId"/>).
/// <para>
/// Spanish has its own table, SearchEntriesEs: FTS5 has no Spanish stemmer, so title, terms and body are written
/// twice, as the reader sees them (kept, not indexed: the page shows them) and as stems with their accents taken off
/// (indexed: see <see cref="SpanishText"/>), and the query's words are stemmed the same way. Its snippets are cut from
/// the unstemmed body in C# (<see cref="SpanishText.Snippet"/>), as FTS5's snippet() would cut them.
/// </para>
/// </summary>
public sealed class SqliteSearchStore(TherapyGuideDbContext db) : ISearchStore
{
    public async Task InsertAsync(SiteLanguage language, IReadOnlyList<SearchRow> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(language);
        ArgumentNullException.ThrowIfNull(rows);
        await ForgetRankingsAsync(language, cancellationToken);
        if (!language.IsOriginal)
        {
            foreach (var row in rows)
            {
                await db.Database.ExecuteSqlAsync(
                    $"INSERT INTO SearchEntriesEs(rowid, kind, slug, title, body, stemmed_title, stemmed_terms, stemmed_body) VALUES ({row.RowId}, {row.Kind}, {row.Slug}, {row.Title}, {row.Body}, {SpanishText.Stems(row.Title)}, {SpanishText.Stems(row.Terms)}, {SpanishText.Stems(row.Body)})",
                    cancellationToken);
            }

            return;
        }

        foreach (var row in rows)
        {
            await db.Database.ExecuteSqlAsync(
                $"INSERT INTO SearchEntries(rowid, kind, slug, title, terms, body) VALUES ({row.RowId}, {row.Kind}, {row.Slug}, {row.Title}, {row.Terms}, {row.Body})",
                cancellationToken);
        }
    }

    public Task RefilledAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task RemoveAsync(SiteLanguage language, long rowId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(language);
        await ForgetRankingsAsync(language, cancellationToken);
        await (language.IsOriginal
            ? db.Database.ExecuteSqlAsync($"DELETE FROM SearchEntries WHERE rowid = {rowId}", cancellationToken)
            : db.Database.ExecuteSqlAsync($"DELETE FROM SearchEntriesEs WHERE rowid = {rowId}", cancellationToken));
    }

    public async Task ClearAsync(CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlAsync($"DELETE FROM SearchRankings", cancellationToken);
        await db.Database.ExecuteSqlAsync($"DELETE FROM SearchEntries", cancellationToken);
        await db.Database.ExecuteSqlAsync($"DELETE FROM SearchEntriesEs", cancellationToken);
    }

    /// <summary>
    /// A change to the index empties its language's kept rankings (<see cref="KeptRankings"/>) in the same transaction:
    /// SQLite has one writer at a time and a ranking is kept by one statement, so none is made from an older index.
    /// </summary>
    private async Task ForgetRankingsAsync(SiteLanguage language, CancellationToken cancellationToken) =>
        await db.Database.ExecuteSqlAsync($"DELETE FROM SearchRankings WHERE Language = {language.Code}", cancellationToken);

    public async Task<bool> IsEmptyAsync(CancellationToken cancellationToken) =>
        !await db.Database.SqlQuery<bool>($"SELECT EXISTS (SELECT 1 FROM SearchEntries) AS Value").SingleAsync(cancellationToken);

    public async Task<int> CountAsync(SiteLanguage language, IReadOnlyList<string> terms, int limit, CancellationToken cancellationToken)
    {
        var (table, match) = QueryFor(language, terms);
        if (match is null)
        {
            return 0;
        }

        if (limit <= KeptRankings.Length && await IsKeptAsync(language, match, cancellationToken))
        {
            return limit;
        }

        var counted = $"SELECT count(*) AS Value FROM (SELECT 1 FROM {table} WHERE {table} MATCH {{0}} LIMIT {{1}})";
        var count = await db.Database.SqlQueryRaw<int>(counted, match, limit).SingleAsync(cancellationToken);
        if (count >= KeptRankings.Length)
        {
            await KeepRankingAsync(language, table, match, cancellationToken);
        }

        return count;
    }

    public async Task<List<SearchMatch>> PageAsync(SiteLanguage language, IReadOnlyList<string> terms, int offset, int count, CancellationToken cancellationToken)
    {
        var (table, match) = QueryFor(language, terms);
        if (match is null)
        {
            return [];
        }

        // A broad query's page is read from its kept ranking; any other is ranked now.
        var top = offset + count <= KeptRankings.Length && await IsKeptAsync(language, match, cancellationToken)
            ? "SELECT RowId AS Id, Rank FROM SearchRankings WHERE Language = {3} AND Query = {0} AND Position >= {2} AND Position < {2} + {1}"
            : Ranked(table, WeightsOf(language));
        if (!language.IsOriginal)
        {
            return await SpanishPageAsync(top, terms, match, offset, count, cancellationToken);
        }

        // Snippets are made for the page shown only, not for every match. The page's rows are found by one pass over the
        // matches (the page kept aside, looked up by its automatic index): joined the other way, SQLite ran the whole
        // query again for each row of the page (about 1 ms each for a prefix such as "infusion"*), or looked up every
        // match in SearchRankings.
        var sql = $$"""
            WITH top AS MATERIALIZED ({{top}})
            SELECT kind AS Kind, slug AS Slug, title AS Title,
                   snippet(SearchEntries, 4, char(1), char(2), '…', CASE top.Id / {{SearchIndex.KindFactor}} WHEN {{ContentKindRegistry.SideEffect.SearchNumber}} THEN {{SiteSearch.SideEffectSnippetTokens}} ELSE {{SiteSearch.SnippetTokens}} END) AS Snippet,
                   top.Rank AS Rank
            FROM SearchEntries CROSS JOIN top
            WHERE SearchEntries MATCH {0} AND SearchEntries.rowid = top.Id
            ORDER BY top.Rank, top.Id
            """;
        return await db.Database.SqlQueryRaw<SearchMatch>(sql, match, count, offset, language.Code).ToListAsync(cancellationToken);
    }

    /// <summary>The language's FTS5 table and the query in its terms (null when nothing is searchable).</summary>
    private static (string Table, string? Match) QueryFor(SiteLanguage language, IReadOnlyList<string> terms)
    {
        ArgumentNullException.ThrowIfNull(language);
        return language.IsOriginal ? ("SearchEntries", SearchQuery.ToFts(terms)) : ("SearchEntriesEs", SearchQuery.ToSpanishFts(terms));
    }

    /// <summary>
    /// bm25's column weights: 10 for the title, 6 for other words and names, 1 for the body, 0 for what is stored but
    /// not searched (the Spanish table keeps the unstemmed title and body beside the stemmed columns it searches).
    /// </summary>
    private static string WeightsOf(SiteLanguage language) =>
        language.IsOriginal ? "0.0, 0.0, 10.0, 6.0, 1.0" : "0.0, 0.0, 0.0, 0.0, 10.0, 6.0, 1.0";

    private async Task<bool> IsKeptAsync(SiteLanguage language, string match, CancellationToken cancellationToken) =>
        await db.Database.SqlQuery<bool>($"SELECT EXISTS (SELECT 1 FROM SearchRankings WHERE Language = {language.Code} AND Query = {match}) AS Value")
            .SingleAsync(cancellationToken);

    /// <summary>
    /// Ranks a broad query's best <see cref="KeptRankings.Length"/> matches once and keeps them (one statement, so the
    /// ranking and the index it was made from are the same). A full table is emptied first (<see cref="KeptRankings.MaxQueries"/>);
    /// two searches keeping the same query at once keep one ranking.
    /// </summary>
    private async Task KeepRankingAsync(SiteLanguage language, string table, string match, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlAsync(
            $"DELETE FROM SearchRankings WHERE (SELECT count(*) FROM SearchRankings WHERE Position = 0) >= {KeptRankings.MaxQueries}", cancellationToken);
        var keep = $$"""
            INSERT OR IGNORE INTO SearchRankings (Language, Query, Position, RowId, Rank)
            SELECT {3}, {0}, row_number() OVER (ORDER BY Rank, Id) - 1, Id, Rank FROM ({{Ranked(table, WeightsOf(language))}})
            """;
        await db.Database.ExecuteSqlRawAsync(keep, [match, KeptRankings.Length, 0, language.Code], cancellationToken);
    }

    /// <summary>
    /// One page of <paramref name="table"/>'s matches for the query {0}, ranked (ids and ranks; {1} rows from {2}). Column
    /// weights (<see cref="WeightsOf"/>) times the kind's weight (<see cref="SearchWeights"/>), read from the rowid, so
    /// ranking touches nothing but the index, except for side effects, whose urgency is read by primary key for the
    /// few side-effect matches only. Built from constants alone: the query's words are always parameters.
    /// </summary>
    private static string Ranked(string table, string columnWeights) => string.Create(CultureInfo.InvariantCulture, $$"""
        SELECT rowid AS Id,
               bm25({{table}}, {{columnWeights}}) *
                   CASE rowid / {{SearchIndex.KindFactor}}
                       WHEN {{ContentKindRegistry.Article.SearchNumber}} THEN {{SearchWeights.Article}}
                       WHEN {{ContentKindRegistry.SideEffect.SearchNumber}} THEN coalesce(
                           (SELECT CASE s.Urgency WHEN '{{nameof(Urgency.Emergency)}}' THEN {{SearchWeights.Emergency}}
                                                  WHEN '{{nameof(Urgency.ContactNow)}}' THEN {{SearchWeights.ContactNow}}
                                                  ELSE {{SearchWeights.NextContact}} END
                            FROM SideEffects AS s WHERE s.Id = {{table}}.rowid % {{SearchIndex.KindFactor}}), {{SearchWeights.NextContact}})
                       WHEN {{ContentKindRegistry.UrgentHelp.SearchNumber}} THEN {{SearchWeights.UrgentHelp}}
                       WHEN {{ContentKindRegistry.Condition.SearchNumber}} THEN {{SearchWeights.Condition}}
                       ELSE 1.0 END AS Rank
        FROM {{table}}
        WHERE {{table}} MATCH {0}
        ORDER BY Rank, Id
        LIMIT {1} OFFSET {2}
        """);

    /// <summary>
    /// A page of the Spanish index, ranked as the English one (the same column and kind weights, over the stemmed
    /// columns), each snippet cut from the unstemmed body.
    /// </summary>
    private async Task<List<SearchMatch>> SpanishPageAsync(string top, IReadOnlyList<string> terms, string match, int offset, int count, CancellationToken cancellationToken)
    {
        var sql = $"""
            SELECT top.Id AS Id, kind AS Kind, slug AS Slug, title AS Title, body AS Body, top.Rank AS Rank
            FROM ({top}) AS top
            JOIN SearchEntriesEs ON SearchEntriesEs.rowid = top.Id
            ORDER BY top.Rank, top.Id
            """;
        var rows = await db.Database.SqlQueryRaw<SpanishRow>(sql, match, count, offset, SiteLanguage.Spanish.Code).ToListAsync(cancellationToken);
        var (stems, prefixes) = SearchQuery.SpanishStems(terms);
        return rows.Select(r => new SearchMatch
        {
            Kind = r.Kind,
            Slug = r.Slug,
            Title = r.Title,
            Snippet = SpanishText.Snippet(r.Body, stems, prefixes,
                r.Id / SearchIndex.KindFactor == ContentKindRegistry.SideEffect.SearchNumber ? SiteSearch.SideEffectSnippetTokens : SiteSearch.SnippetTokens),
            Rank = r.Rank,
        }).ToList();
    }

    /// <summary>A row of the Spanish index as ranked, before its snippet is cut.</summary>
    private sealed class SpanishRow
    {
        public long Id { get; init; }

        public required string Kind { get; init; }

        public required string Slug { get; init; }

        public required string Title { get; init; }

        public required string Body { get; init; }

        public double Rank { get; init; }
    }
}
