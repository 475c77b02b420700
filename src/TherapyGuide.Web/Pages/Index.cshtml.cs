using Microsoft.AspNetCore.Mvc.RazorPages;
using TherapyGuide.Web.Content.Reading;
using TherapyGuide.Web.Pages.Layout;

namespace TherapyGuide.Web.Pages;

public sealed class IndexModel(PublicContent content) : PageModel
{
    public IReadOnlyList<ArticleCard> Articles { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Articles = await content.ArticleCardsAsync(cancellationToken);
        ViewData.SetPageInfo(new PageInfo(
            "TherapyGuide",
            "Plain-language guide to cancer immunotherapy and CAR-T cell therapy, their side effects, and CAR-T research in autoimmune diseases."));
    }
}
