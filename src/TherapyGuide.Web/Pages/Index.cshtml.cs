using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;
using TherapyGuide.Web.Caching;
using TherapyGuide.Web.Content.Reading;
using TherapyGuide.Web.Pages.Layout;

namespace TherapyGuide.Web.Pages;

[OutputCache(PolicyName = PublicPagesCachePolicy.Name, Tags = [CacheTags.Articles, CacheTags.UrgentHelp])]
public sealed class IndexModel(PublicContent content, IStringLocalizer<IndexModel> localizer) : PageModel
{
    /// <summary>Articles the home page shows, in the editors' order; the rest are a click away.</summary>
    public const int FeaturedCount = 8;

    public IReadOnlyList<ArticleCard> Articles { get; private set; } = [];

    public UrgentHelpView? UrgentHelp { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Articles = await content.FeaturedArticleCardsAsync(FeaturedCount, cancellationToken);
        UrgentHelp = await content.UrgentHelpAsync(cancellationToken);
        ViewData.SetPageInfo(new PageInfo(
            "TherapyGuide",
            localizer["Plain-language guide to cancer immunotherapy and CAR-T cell therapy, their side effects, and CAR-T research in autoimmune diseases."]));
    }
}
