using Microsoft.EntityFrameworkCore;
using TherapyGuide.Web.Content.Kinds;
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

    /// <summary>Words in a snippet. A side effect's is longer: its body is written as "if you notice this, do that".</summary>
    public const int SnippetTokens = 14;

    public const int SideEffectSnippetTokens = 24;

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
        // from the rowid (the descriptor's search number, see SearchIndex.RowId), so ranking touches nothing but the index, except for side effects:
        // the more urgent a card, the further up it comes ("can't breathe" puts the emergency card above the one that
        // says "contact your care team"), its urgency read by primary key for the few side-effect matches only. Snippets
        // are made only for the page shown, not for every match. Ties go by rowid, so no result shows on two pages or
        // on none. One row more than a page says whether there is a next one.
        var offset = (page - 1) * PageSize;
        var rows = await db.Database.SqlQuery<Row>($"""
            WITH top AS (
                SELECT rowid AS Id,
                       bm25(SearchEntries, 0.0, 0.0, 10.0, 6.0, 1.0) *
                           CASE rowid / {SearchIndex.KindFactor}
                               WHEN {ContentKindRegistry.Article.SearchNumber} THEN 2.0
                               WHEN {ContentKindRegistry.SideEffect.SearchNumber} THEN coalesce(
                                   (SELECT CASE s.Urgency WHEN {nameof(Urgency.Emergency)} THEN 2.2 WHEN {nameof(Urgency.ContactNow)} THEN 1.9 ELSE 1.6 END
                                    FROM SideEffects AS s WHERE s.Id = SearchEntries.rowid % {SearchIndex.KindFactor}), 1.6)
                               WHEN {ContentKindRegistry.UrgentHelp.SearchNumber} THEN 1.8
                               WHEN {ContentKindRegistry.Condition.SearchNumber} THEN 1.1
                               ELSE 1.0 END AS Rank
                FROM SearchEntries
                WHERE SearchEntries MATCH {match}
                ORDER BY Rank, Id
                LIMIT {PageSize + 1} OFFSET {offset})
            SELECT kind AS Kind, slug AS Slug, title AS Title,
                   snippet(SearchEntries, 4, char(1), char(2), '…', CASE top.Id / {SearchIndex.KindFactor} WHEN {ContentKindRegistry.SideEffect.SearchNumber} THEN {SideEffectSnippetTokens} ELSE {SnippetTokens} END) AS Snippet,
                   top.Rank AS Rank
            FROM top JOIN SearchEntries ON SearchEntries.rowid = top.Id
            WHERE SearchEntries MATCH {match}
            ORDER BY top.Rank, top.Id
            """).ToListAsync(cancellationToken);
        var advice = await AdviceAsync(rows.Take(PageSize).ToList(), terms, cancellationToken);
        var hits = rows.Select(r => new SearchHit
        {
            Kind = r.Kind,
            Slug = r.Slug,
            Title = r.Title,
            Snippet = r.Snippet,
            Rank = r.Rank,
            Advice = advice.GetValueOrDefault((r.Kind, r.Slug)),
        }).ToList();
        var hasNext = hits.Count > PageSize && page < lastPage;
        return new SearchResults(hits.Take(PageSize).ToList(), total, page, hasNext);
    }

    /// <summary>
    /// What to do for the side effects on the page shown (their urgency) and for the urgent-help block, looked up by
    /// slug (a unique index) once the page of hits is chosen: at most two small queries, and none for a page without
    /// them. The index needs no extra column, and an edited urgency or action shows at once.
    /// </summary>
    private async Task<Dictionary<(string Kind, string Slug), SearchAdvice>> AdviceAsync(
        List<Row> rows, IReadOnlyList<string> terms, CancellationToken cancellationToken)
    {
        var advice = new Dictionary<(string Kind, string Slug), SearchAdvice>();
        var effects = SlugsOf(rows, ContentKindRegistry.SideEffect);
        if (effects.Count > 0)
        {
            foreach (var effect in await db.SideEffects.AsNoTracking().Where(s => effects.Contains(s.Slug)).Select(s => new { s.Slug, s.Urgency }).ToListAsync(cancellationToken))
            {
                advice[(ContentKindRegistry.SideEffect.StoredName, effect.Slug)] = new SearchAdvice(effect.Urgency, ContentLabels.AdviceFor(effect.Urgency));
            }
        }

        var blocks = SlugsOf(rows, ContentKindRegistry.UrgentHelp);
        if (blocks.Count > 0)
        {
            foreach (var help in await db.UrgentHelp.AsNoTracking().Where(u => blocks.Contains(u.Slug)).ToListAsync(cancellationToken))
            {
                advice[(ContentKindRegistry.UrgentHelp.StoredName, help.Slug)] = UrgentHelpAdvice(help, terms);
            }
        }

        return advice;
    }

    /// <summary>
    /// The most urgent level of the block whose signs name what was typed ("tired" → tell your care team next time,
    /// "can't breathe" → call 999), and the emergency action when none does: never less urgent than the block says.
    /// </summary>
    public static SearchAdvice UrgentHelpAdvice(UrgentHelp help, IReadOnlyList<string> terms)
    {
        ArgumentNullException.ThrowIfNull(help);
        ArgumentNullException.ThrowIfNull(terms);
        (Urgency Level, string Action, List<string> Signs)[] levels =
        [
            (Urgency.Emergency, help.EmergencyAction, help.EmergencySigns),
            (Urgency.ContactNow, help.ContactNowAction, help.ContactNowSigns),
            (Urgency.NextContact, help.NextContactAction, help.NextContactSigns),
        ];
        var typed = terms.SelectMany(SpellingVariants.Of).ToList();
        foreach (var (level, action, signs) in levels)
        {
            if (signs.SelectMany(SearchQuery.Terms).Any(word => typed.Any(form => SameWord(word, form))))
            {
                return new SearchAdvice(level, action, SignsAfter(action, signs));
            }
        }

        return new SearchAdvice(Urgency.Emergency, help.EmergencyAction, SignsAfter(help.EmergencyAction, help.EmergencySigns));
    }

    /// <summary>An action written as a lead-in ("Call 999 now if:") needs its signs after it to read whole, as on the pages.</summary>
    private static List<string>? SignsAfter(string action, List<string> signs) =>
        action.EndsWith(':') && signs.Count > 0 ? signs : null;

    /// <summary>Roughly the same word: "breath" and "breathe", "shivering" and "shivery", "confused" and "confusion".</summary>
    private static bool SameWord(string a, string b)
    {
        var shorter = Math.Min(a.Length, b.Length);
        if (shorter < 4)
        {
            return a == b;
        }

        var shared = 0;
        while (shared < shorter && a[shared] == b[shared])
        {
            shared++;
        }

        return shared == shorter || shared >= Math.Max(4, shorter - 2);
    }

    private static List<string> SlugsOf(List<Row> rows, ContentKindDescriptor kind) =>
        rows.Where(r => r.Kind == kind.StoredName).Select(r => r.Slug).ToList();

    /// <summary>A row as SQLite returns it.</summary>
    private sealed class Row
    {
        public required string Kind { get; init; }

        public required string Slug { get; init; }

        public required string Title { get; init; }

        public required string Snippet { get; init; }

        public double Rank { get; init; }
    }
}
