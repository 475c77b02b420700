namespace TherapyGuide.Web.Content.Search;

/// <summary>
/// Broad queries (more matches than <see cref="SiteSearch.CountLimit"/>) have their best matches ranked once and kept in
/// the store's SearchRankings table, so their pages are read, not ranked again: bm25 over ten thousand matches of
/// "infusion" costs more than the whole page should, and the ranking cannot change until the index does. Every write
/// to a language's index empties that language's kept rankings in the same transaction (PostgreSQL also stamps each
/// with the index's version, so a ranking made from a snapshot older than the write that emptied them is never read).
/// Narrow queries are ranked on every search: at most a thousand matches each. PostgreSQL also keeps each row's snippet
/// once a page showing it has been read: its ts_headline reads the whole body of every entry on the page (13.7 of the
/// 14 ms a page of "CAR-T" took on 10,000 articles).
/// </summary>
public static class KeptRankings
{
    /// <summary>
    /// How many matches a kept ranking holds: every page the search shows (it counts no further), and the one row after
    /// the last that says whether a next page exists.
    /// </summary>
    public const int Length = SiteSearch.CountLimit + 1;

    /// <summary>
    /// The most queries kept at once: a hundred rankings of a thousand rows each stay small, and a reader cannot grow the
    /// table by searching for one broad query after another; once full, it is emptied and filled again.
    /// </summary>
    public const int MaxQueries = 100;
}
