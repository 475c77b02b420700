using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;
using TherapyGuide.Web.Caching;
using TherapyGuide.Web.Content;
using TherapyGuide.Web.Content.Reading;
using TherapyGuide.Web.Pages.Layout;

namespace TherapyGuide.Web.Pages.Compare;

// The cells explain their medical words with the glossary's definitions, so a glossary change clears this page too.
[OutputCache(PolicyName = PublicPagesCachePolicy.Name, Tags = [CacheTags.Comparison, CacheTags.Glossary])]
public sealed class IndexModel(PublicContent content, LinkedArticles linked, ContentVersion contentVersion, IStringLocalizer<IndexModel> localizer) : PageModel
{
    public IReadOnlyList<ComparisonRow> Rows { get; private set; } = [];

    public MarkedText Text { get; private set; } = MarkedText.None;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var version = contentVersion.ETag; // before reading, so nothing older is ever kept as this version
        Rows = await content.ComparisonAsync(cancellationToken);
        // Marked once per content version and kept, like the articles: never per request.
        Text = await linked.GetPageTextAsync(
            version,
            "compare", // kept per language by LinkedArticles
            () => Rows.SelectMany(r => new[]
            {
                (MarkedText.Key(r.Slug, nameof(r.Immunotherapy)), PlainText.Html(r.Immunotherapy)),
                (MarkedText.Key(r.Slug, nameof(r.CarT)), PlainText.Html(r.CarT)),
            }).ToList(),
            () => content.GlossaryAsync(cancellationToken));
        var reviewed = await content.ReviewDatesAsync(ContentKind.Comparison, cancellationToken);
        ViewData.SetPageInfo(new PageInfo(
            localizer["Immunotherapy and CAR-T side by side"],
            localizer["A side-by-side table of immunotherapy and CAR-T cell therapy: how each works, how it is given, hospital stay, recovery and side effects."],
            reviewed?.LastReviewed,
            reviewed?.NextReviewDue));
    }
}
