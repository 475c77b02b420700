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

    public Task RemoveAsync(SiteLanguage language, long rowId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(language);
        return language.IsOriginal
            ? db.Database.ExecuteSqlAsync($"DELETE FROM SearchEntries WHERE rowid = {rowId}", cancellationToken)
            : db.Database.ExecuteSqlAsync($"DELETE FROM SearchEntriesEs WHERE rowid = {rowId}", cancellationToken);
    }

    public async Task ClearAsync(CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlAsync($"DELETE FROM SearchEntries", cancellationToken);
        await db.Database.ExecuteSqlAsync($"DELETE FROM SearchEntriesEs", cancellationToken);
    }

    public async Task<bool> IsEmptyAsync(CancellationToken cancellationToken) =>
        !await db.Database.SqlQuery<bool>($"SELECT EXISTS (SELECT 1 FROM SearchEntries) AS Value").SingleAsync(cancellationToken);

    public async Task<int> CountAsync(SiteLanguage language, IReadOnlyList<string> terms, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(language);
        if (!language.IsOriginal)
        {
            var spanish = SearchQuery.ToSpanishFts(terms);
            return spanish is null ? 0 : await db.Database
                .SqlQuery<int>($"SELECT count(*) AS Value FROM (SELECT 1 FROM SearchEntriesEs WHERE SearchEntriesEs MATCH {spanish} LIMIT {limit})")
                .SingleAsync(cancellationToken);
        }

        var match = SearchQuery.ToFts(terms);
        return match is null ? 0 : await db.Database
            .SqlQuery<int>($"SELECT count(*) AS Value FROM (SELECT 1 FROM SearchEntries WHERE SearchEntries MATCH {match} LIMIT {limit})")
            .SingleAsync(cancellationToken);
    }

    public async Task<List<SearchMatch>> PageAsync(SiteLanguage language, IReadOnlyList<string> terms, int offset, int count, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(language);
        if (!language.IsOriginal)
        {
            return await SpanishPageAsync(terms, offset, count, cancellationToken);
        }

        var match = SearchQuery.ToFts(terms);
        if (match is null)
        {
            return [];
        }

        // Snippets are made for the page shown only, not for every match.
        var sql = $$"""
            WITH top AS ({{Ranked("SearchEntries", "0.0, 0.0, 10.0, 6.0, 1.0")}})
            SELECT kind AS Kind, slug AS Slug, title AS Title,
                   snippet(SearchEntries, 4, char(1), char(2), '…', CASE top.Id / {{SearchIndex.KindFactor}} WHEN {{ContentKindRegistry.SideEffect.SearchNumber}} THEN {{SiteSearch.SideEffectSnippetTokens}} ELSE {{SiteSearch.SnippetTokens}} END) AS Snippet,
                   top.Rank AS Rank
            FROM top JOIN SearchEntries ON SearchEntries.rowid = top.Id
            WHERE SearchEntries MATCH {0}
            ORDER BY top.Rank, top.Id
            """;
        return await db.Database.SqlQueryRaw<SearchMatch>(sql, match, count, offset).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// One page of <paramref name="table"/>'s matches for the query {0}, ranked (ids and ranks; {1} rows from {2}). Column
    /// weights (<paramref name="columnWeights"/>: 10 for the title, 6 for other words and names, 1 for the body, 0 for
    /// what is stored but not searched) times the kind's weight (<see cref="SearchWeights"/>), read from the rowid, so
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
    private async Task<List<SearchMatch>> SpanishPageAsync(IReadOnlyList<string> terms, int offset, int count, CancellationToken cancellationToken)
    {
        var match = SearchQuery.ToSpanishFts(terms);
        if (match is null)
        {
            return [];
        }

        var sql = $"""
            SELECT top.Id AS Id, kind AS Kind, slug AS Slug, title AS Title, body AS Body, top.Rank AS Rank
            FROM ({Ranked("SearchEntriesEs", "0.0, 0.0, 0.0, 0.0, 10.0, 6.0, 1.0")}) AS top
            JOIN SearchEntriesEs ON SearchEntriesEs.rowid = top.Id
            ORDER BY top.Rank, top.Id
            """;
        var rows = await db.Database.SqlQueryRaw<SpanishRow>(sql, match, count, offset).ToListAsync(cancellationToken);
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
