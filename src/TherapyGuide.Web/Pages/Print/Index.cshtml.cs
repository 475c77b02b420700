using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;
using TherapyGuide.Web.Caching;
using TherapyGuide.Web.Content.Reading;
using TherapyGuide.Web.Hosting;
using TherapyGuide.Web.Languages;
using TherapyGuide.Web.Pages.Layout;

namespace TherapyGuide.Web.Pages.Print;

/// <summary>
/// A printable pack the reader assembles by ticking pages in a plain GET form: a cover with the contents,
/// each page on a new sheet, and one list of the words used at the end.
/// </summary>
[OutputCache(PolicyName = PublicPagesCachePolicy.Name, Tags = [CacheTags.AnyContent], VaryByQueryKeys = ["pages"])]
[TakesAnyText]
public sealed class IndexModel(PublicContent content, IStringLocalizer<IndexModel> localizer) : PageModel
{
    /// <summary>More than every page the site has, with room to grow; anything longer is not a real pack.</summary>
    public const int MaxPages = 60;

    /// <summary>The pages every pack may hold besides the articles, with their English titles (<see cref="TitleOf"/> gives the reader's).</summary>
    public static readonly IReadOnlyList<(string Key, string Title)> FixedPages =
    [
        ("compare", "Immunotherapy and CAR-T side by side"),
        ("side-effects", "Side effects and when to get help"),
        ("conditions", "Which illnesses each treatment is used for"),
        ("questions", "Questions to ask your care team"),
        ("glossary", "Glossary: medical words explained"),
    ];

    [BindProperty(SupportsGet = true, Name = "pages")]
    public List<string>? Pages { get; set; }

    public IReadOnlyList<ArticleCard> Articles { get; private set; } = [];

    public IReadOnlySet<string> Chosen { get; private set; } = new HashSet<string>();

    public IReadOnlyList<string> Unknown { get; private set; } = [];

    public IReadOnlyList<PackSection> Sections { get; private set; } = [];

    public IReadOnlyList<GlossaryEntry> WordsUsed { get; private set; } = [];

    /// <summary>What to do if the person is unwell: on the cover, where a caregiver looks first.</summary>
    public UrgentHelpView? UrgentHelp { get; private set; }

    public bool GlossaryIncluded => Chosen.Contains("glossary");

    /// <summary>A fixed page's title in the request's language, from its English title.</summary>
    public string TitleOf(string englishTitle) => localizer[englishTitle];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        ViewData.SetPageInfo(new PageInfo(localizer["Make a printable pack"], localizer["Choose pages to print together as one pack, with a contents page and a list of the words used."]));
        Articles = await content.ArticleCardsAsync(cancellationToken);
        var requested = (Pages ?? []).Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.Trim()).Distinct(StringComparer.Ordinal).ToList();
        if (requested.Count == 0)
        {
            return Page();
        }

        var known = Articles.Select(a => $"articles/{a.Slug}").Concat(FixedPages.Select(p => p.Key)).ToList();
        Unknown = requested.Where(p => !known.Contains(p, StringComparer.Ordinal)).Take(5).Select(p => p.Length > 80 ? p[..80] + "…" : p).ToList();
        if (requested.Count > MaxPages || Unknown.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Chosen = requested.ToHashSet(StringComparer.Ordinal);
        var sections = new List<PackSection>();
        List<GlossaryEntry>? glossary = null;
        var text = new List<string>();
        var chosenSlugs = Articles.Where(a => Chosen.Contains($"articles/{a.Slug}")).Select(a => a.Slug).ToList();
        var chosenArticles = (await content.ArticlesAsync(chosenSlugs, cancellationToken)).ToDictionary(a => a.Slug, StringComparer.Ordinal);
        foreach (var article in chosenSlugs.Select(slug => chosenArticles.GetValueOrDefault(slug)).OfType<ArticleView>())
        {
            sections.Add(new PackSection($"articles/{article.Slug}", article.Title, $"/articles/{article.Slug}", article) { Lang = article.Language.LangAttribute });
            text.Add(GlossaryMatcher.TextOf(article.BodyHtml));
        }

        foreach (var (key, title) in FixedPages.Where(p => Chosen.Contains(p.Key)))
        {
            object data = key switch
            {
                "compare" => await content.ComparisonAsync(cancellationToken),
                "side-effects" => await content.SideEffectsAsync(cancellationToken),
                "conditions" => await content.ConditionsAsync(cancellationToken),
                "questions" => await content.QuestionGroupsAsync(cancellationToken),
                _ => glossary ??= await content.GlossaryAsync(cancellationToken),
            };
            sections.Add(new PackSection(key, TitleOf(title), $"/{key}", data));
            text.Add(data switch
            {
                List<ComparisonRow> rows => string.Join(' ', rows.Select(r => $"{r.Aspect} {r.Immunotherapy} {r.CarT}")),
                List<SideEffectCard> effects => string.Join(' ', effects.Select(e => $"{e.Name} {e.Symptoms} {e.Timing} {e.Management}")),
                List<ConditionRow> conditions => string.Join(' ', conditions.Select(c => $"{c.Name} {c.Summary} {c.ImmunotherapyNote} {c.CarTNote}")),
                List<QuestionGroupView> groups => string.Join(' ', groups.SelectMany(g => g.Questions)),
                _ => "",
            });
        }

        Sections = sections;
        UrgentHelp = await content.UrgentHelpAsync(cancellationToken);
        if (!GlossaryIncluded)
        {
            WordsUsed = GlossaryMatcher.TermsUsed(string.Join('\n', text), glossary ??= await content.GlossaryAsync(cancellationToken));
        }

        ViewData.SetPageInfo(new PageInfo(localizer["Your printable pack"], localizer.Plural(Sections.Count, "{0} page from TherapyGuide, printed together.", "{0} pages from TherapyGuide, printed together."))
        {
            // The pack's pages in the pack's own order, however the request listed them.
            Query = "?" + string.Join('&', Sections.Select(section => "pages=" + Uri.EscapeDataString(section.Key))),
            PrintsQuery = false,
        });
        return Page();
    }

    /// <summary>One page of the pack: its key, title, address on the site and content.</summary>
    public sealed record PackSection(string Key, string Title, string Address, object Content)
    {
        /// <summary>The <c>lang</c> of the title when it is not in the page's language (an article not translated yet).</summary>
        public string? Lang { get; init; }

        public string Id => "pack-" + Key.Replace('/', '-');
    }
}
