using System.Text.RegularExpressions;
using TherapyGuide.Web.Languages;

namespace TherapyGuide.Web.Content.Search;

/// <summary>
/// The full-text index inside the store: SQLite's FTS5 (<see cref="Data.Sqlite.SqliteSearchStore"/>) or PostgreSQL's
/// tsvector and GIN index (<see cref="Data.PostgreSql.PostgreSqlSearchStore"/>). <see cref="SearchIndex"/> decides
/// what each row holds and <see cref="SiteSearch"/> what a reader's words mean; this says it in the store's own SQL.
/// Rows are written on the caller's connection and transaction, so a save and its index row commit together.
/// Each language has an index of its own (English the original one, Spanish beside it with its own stems and accents
/// optional), so a search never mixes languages and English ranks exactly as before; the methods without a language
/// are English's.
/// </summary>
public interface ISearchStore
{
    /// <summary>Adds rows: one when an item is saved, many when the index is filled again.</summary>
    Task InsertAsync(SiteLanguage language, IReadOnlyList<SearchRow> rows, CancellationToken cancellationToken);

    Task InsertAsync(IReadOnlyList<SearchRow> rows, CancellationToken cancellationToken) =>
        InsertAsync(SiteLanguage.English, rows, cancellationToken);

    /// <summary>
    /// Called once the index has been filled again: PostgreSQL gathers the planner's statistics for it, so that the
    /// first searches afterwards are planned for its real size (FTS5 needs nothing).
    /// </summary>
    Task RefilledAsync(CancellationToken cancellationToken);

    Task RemoveAsync(SiteLanguage language, long rowId, CancellationToken cancellationToken);

    Task RemoveAsync(long rowId, CancellationToken cancellationToken) => RemoveAsync(SiteLanguage.English, rowId, cancellationToken);

    /// <summary>Empties every language's index.</summary>
    Task ClearAsync(CancellationToken cancellationToken);

    /// <summary>Whether the English index is empty (then the site fills every language's index as it starts).</summary>
    Task<bool> IsEmptyAsync(CancellationToken cancellationToken);

    /// <summary>
    /// How many rows match, counting no further than <paramref name="limit"/>. A query that reaches
    /// <see cref="KeptRankings.Length"/> has that many of its best matches ranked once and kept until the index changes
    /// (<see cref="KeptRankings"/>), and <see cref="PageAsync(SiteLanguage, IReadOnlyList{string}, int, int, CancellationToken)"/>
    /// reads its pages from them.
    /// </summary>
    Task<int> CountAsync(SiteLanguage language, IReadOnlyList<string> terms, int limit, CancellationToken cancellationToken);

    Task<int> CountAsync(IReadOnlyList<string> terms, int limit, CancellationToken cancellationToken) =>
        CountAsync(SiteLanguage.English, terms, limit, cancellationToken);

    /// <summary>
    /// One page of matches, best first (ties by rowid, so no hit shows on two pages), with a snippet of each body
    /// that marks the matched words with \u0001 and \u0002.
    /// </summary>
    Task<List<SearchMatch>> PageAsync(SiteLanguage language, IReadOnlyList<string> terms, int offset, int count, CancellationToken cancellationToken);

    Task<List<SearchMatch>> PageAsync(IReadOnlyList<string> terms, int offset, int count, CancellationToken cancellationToken) =>
        PageAsync(SiteLanguage.English, terms, offset, count, cancellationToken);
}

/// <summary>One row of the index: the kind's stored name and the item's slug say where the hit leads.</summary>
public sealed partial record SearchRow(long RowId, string Kind, string Slug, string Title, string Terms, string Body)
{
    /// <summary>
    /// How many words title, terms and body hold, counted as SQLite's FTS5 (unicode61) counts them: runs of letters,
    /// digits and marks. bm25 weighs a match against it ("lupus" twice in a short card beats twice in a long article).
    /// </summary>
    public int Length => Word().Count(Title) + Word().Count(Terms) + Word().Count(Body);

    [GeneratedRegex(@"[\p{L}\p{N}\p{M}\p{Co}]+")]
    private static partial Regex Word();
}

/// <summary>A match as the store ranks it (a lower rank is a better match); the snippet marks matches with \u0001 and \u0002.</summary>
public class SearchMatch
{
    public required string Kind { get; init; }

    public required string Slug { get; init; }

    public required string Title { get; init; }

    public required string Snippet { get; init; }

    public double Rank { get; init; }
}
