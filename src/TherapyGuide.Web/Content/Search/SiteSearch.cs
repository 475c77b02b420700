using Microsoft.EntityFrameworkCore;
using TherapyGuide.Web.Content.Kinds;
using TherapyGuide.Web.Data;
using TherapyGuide.Web.Languages;

namespace TherapyGuide.Web.Content.Search;

/// <summary>Runs a reader's search in the store's index (titles and glossary words above body text), a page at a time.</summary>
public sealed class SiteSearch(TherapyGuideDbContext db, ISearchStore index)
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
    public Task<SearchResults> SearchAsync(IReadOnlyList<string> terms, int page, CancellationToken cancellationToken) =>
        SearchAsync(SiteLanguage.English, terms, page, cancellationToken);

    /// <summary>
    /// The same in <paramref name="language"/>'s index, with what to do read from that language's side effects and
    /// urgent help: a search never mixes languages.
    /// </summary>
    public async Task<SearchResults> SearchAsync(SiteLanguage language, IReadOnlyList<string> terms, int page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(language);
        var total = await index.CountAsync(language, terms, CountLimit + 1, cancellationToken);
        if (total == 0)
        {
            return SearchResults.None;
        }

        // Past the last page: show the last one instead of an empty page. One row more than a page says whether
        // there is a next one.
        var lastPage = Math.Max(1, (Math.Min(total, CountLimit) + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, lastPage);
        var rows = await index.PageAsync(language, terms, (page - 1) * PageSize, PageSize + 1, cancellationToken);
        Dictionary<(string Kind, string Slug), SearchAdvice> advice;
        using (LanguageScope.Use(language))
        {
            advice = await AdviceAsync(language, rows.Take(PageSize).ToList(), terms, cancellationToken);
        }

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
        SiteLanguage language, List<SearchMatch> rows, IReadOnlyList<string> terms, CancellationToken cancellationToken)
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
                advice[(ContentKindRegistry.UrgentHelp.StoredName, help.Slug)] = UrgentHelpAdvice(help, terms, language);
            }
        }

        return advice;
    }

    /// <summary>
    /// The most urgent level of the block whose signs name what was typed ("tired" → tell your care team next time,
    /// "can't breathe" → call 999), and the emergency action when none does: never less urgent than the block says.
    /// </summary>
    public static SearchAdvice UrgentHelpAdvice(UrgentHelp help, IReadOnlyList<string> terms) =>
        UrgentHelpAdvice(help, terms, SiteLanguage.English);

    /// <summary>
    /// The same for a block in <paramref name="language"/>: its signs read as that language's words are (Spanish
    /// without accents, with no English spellings).
    /// </summary>
    public static SearchAdvice UrgentHelpAdvice(UrgentHelp help, IReadOnlyList<string> terms, SiteLanguage language)
    {
        ArgumentNullException.ThrowIfNull(help);
        ArgumentNullException.ThrowIfNull(language);
        ArgumentNullException.ThrowIfNull(terms);
        (Urgency Level, string Action, List<string> Signs)[] levels =
        [
            (Urgency.Emergency, help.EmergencyAction, help.EmergencySigns),
            (Urgency.ContactNow, help.ContactNowAction, help.ContactNowSigns),
            (Urgency.NextContact, help.NextContactAction, help.NextContactSigns),
        ];
        var typed = language.IsOriginal ? terms.SelectMany(SpellingVariants.Of).ToList() : terms.Select(SpanishText.WithoutAccents).ToList();
        IEnumerable<string> WordsOf(string sign) => language.IsOriginal
            ? SearchQuery.Terms(sign)
            : SearchQuery.Terms(sign, language).Select(SpanishText.WithoutAccents);
        foreach (var (level, action, signs) in levels)
        {
            if (signs.SelectMany(WordsOf).Any(word => typed.Any(form => SameWord(word, form))))
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

    private static List<string> SlugsOf(List<SearchMatch> rows, ContentKindDescriptor kind) =>
        rows.Where(r => r.Kind == kind.StoredName).Select(r => r.Slug).ToList();
}
