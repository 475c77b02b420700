using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TherapyGuide.Web.Content;
using TherapyGuide.Web.Data;
using TherapyGuide.Web.Pages.Articles;
using TherapyGuide.Web.Pages.Layout;

namespace TherapyGuide.Web.Pages;

public sealed class IndexModel(TherapyGuideDbContext db) : PageModel
{
    public IReadOnlyList<ArticleCard> Articles { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Articles = await db.Articles.AsNoTracking()
            .Where(a => a.Status == ArticleStatus.Published)
            .OrderBy(a => a.Order).ThenBy(a => a.Title)
            .Select(a => new ArticleCard(a.Slug, a.Title, a.Summary, a.Topic))
            .ToListAsync(cancellationToken);
        ViewData.SetPageInfo(new PageInfo(
            "TherapyGuide",
            "Plain-language guide to cancer immunotherapy and CAR-T cell therapy, their side effects, and CAR-T research in autoimmune diseases."));
    }
}
