using System.Globalization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using TherapyGuide.Web.Caching;
using TherapyGuide.Web.Content.Kinds;
using TherapyGuide.Web.Content.Reading;
using TherapyGuide.Web.Content.Search;
using TherapyGuide.Web.Hosting;
using TherapyGuide.Web.Languages;
using TherapyGuide.Web.Pages.Layout;

namespace TherapyGuide.Web.Pages.Search;

[OutputCache(PolicyName = PublicPagesCachePolicy.Name, Tags = [CacheTags.AnyContent], VaryByQueryKeys = ["q", "page"])]
[EnableRateLimiting(TherapyGuideApplication.SearchRateLimit)]
[TakesAnyText]
public sealed class IndexModel(SiteSearch search, PublicContent content, IStringLocalizer<IndexModel> localizer) : PageModel
{
    /// <summary>
    /// The request's language: its own index is searched (Spanish on /es/search), its words parsed its way, and the
    /// page's words and links written in it. American and British spellings are English's only: a Spanish search
    /// suggests and tries no English forms.
    /// </summary>
    public SiteLanguage Language { get; } = SiteLanguage.Current;

    /// <summary>The page model's words (and what to do for a side effect) in the request's language.</summary>
    public IStringLocalizer<IndexModel> T => localizer;

    [FromQuery(Name = "q")]
    public string? Query { get; set; }

    [FromQuery(Name = "page")]
    public string? PageText { get; set; }

    public IReadOnlyList<string> Terms { get; private set; } = [];

    public IReadOnlyList<SearchHit> Hits { get; private set; } = [];

    public Paging Paging { get; private set; } = new(1, SiteSearch.PageSize, 0, HasNext: false);

    /// <summary>True when there are more matches than the search counts (the page says "more than 1,000").</summary>
    public bool TotalIsLowerBound { get; private set; }

    public Pager Pager => new(Paging, PageLink, localizer["Search result pages"]);

    public bool Shortened => SearchQuery.WasShortened(Query);

    /// <summary>When nothing matches: glossary words that start like what was typed, else a few common ones.</summary>
    public IReadOnlyList<GlossaryEntry> Suggestions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Terms = SearchQuery.Terms(Query, Language);
        // An odd page number (typed by hand, or from an old link) shows the nearest real page.
        var requested = int.TryParse(PageText, out var number) ? Math.Clamp(number, 1, Paging.MaxPage) : 1;
        var title = Terms.Count > 0 ? localizer["Search results for “{0}”", SearchQuery.Describe(Terms)].Value : localizer["Search"].Value;
        var info = new PageInfo(title, localizer["Search TherapyGuide's articles, side effects, conditions and glossary."]);
        ViewData.SetPageInfo(info);
        if (Terms.Count == 0)
        {
            return;
        }

        var results = await search.SearchAsync(Language, Terms, requested, cancellationToken);
        Hits = results.Hits;
        TotalIsLowerBound = results.TotalIsLowerBound;
        Paging = new Paging(results.Page, SiteSearch.PageSize, Math.Min(results.Total, SiteSearch.CountLimit), results.HasNext);
        // The words as the search understood them and the page it showed, in that order, whatever the request's spelling.
        ViewData.SetPageInfo(info with { Query = CanonicalQuery(Paging.Number) });
        if (results.Total == 0)
        {
            var glossary = await content.GlossaryAsync(cancellationToken);
            var first = Terms[0];
            Suggestions = glossary.Where(t => t.Term.StartsWith(first[..1], StringComparison.OrdinalIgnoreCase)).Take(8).ToList();
        }
    }

    /// <summary>The hit's page in the request's language ("/es/side-effects#fiebre" on a Spanish page).</summary>
    public static string Link(SearchHit hit)
    {
        ArgumentNullException.ThrowIfNull(hit);
        return SiteLanguage.Current.PathFor(ContentKindRegistry.ForStoredName(hit.Kind)?.PublicPath(hit.Slug) ?? "/");
    }

    public static string KindLabel(SearchHit hit)
    {
        ArgumentNullException.ThrowIfNull(hit);
        return ContentKindRegistry.ForStoredName(hit.Kind)?.SearchLabel ?? "Page";
    }

    /// <summary>The kind's label in the request's language ("Efecto secundario").</summary>
    public string KindLabelIn(SearchHit hit) => localizer[KindLabel(hit)];

    /// <summary>The snippet as encoded text, with the matched words in &lt;mark&gt;.</summary>
    public static IHtmlContent Snippet(SearchHit hit)
    {
        ArgumentNullException.ThrowIfNull(hit);
        var html = new HtmlContentBuilder();
        foreach (var part in hit.Snippet.Split('\u0001'))
        {
            var end = part.IndexOf('\u0002', StringComparison.Ordinal);
            if (end < 0)
            {
                html.Append(part);
                continue;
            }

            html.AppendHtml("<mark>").Append(part[..end]).AppendHtml("</mark>").Append(part[(end + 1)..]);
        }

        return html;
    }

    public string PageLink(int page) => Language.PathFor("/search") + $"?q={Uri.EscapeDataString(SearchQuery.Describe(Terms))}&page={page}";

    /// <summary>The query of the canonical and printed address: the words, then the page when it is not the first.</summary>
    private string CanonicalQuery(int page) =>
        $"?q={Uri.EscapeDataString(SearchQuery.Describe(Terms))}" + (page > 1 ? $"&page={page.ToString(CultureInfo.InvariantCulture)}" : "");
}
