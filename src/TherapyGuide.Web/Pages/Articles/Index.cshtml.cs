using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TherapyGuide.Web.Content;
using TherapyGuide.Web.Data;
using TherapyGuide.Web.Pages.Layout;

namespace TherapyGuide.Web.Pages.Articles;

public sealed class IndexModel(TherapyGuideDbContext db) : PageModel
{
    public IReadOnlyList<IGrouping<ArticleTopic, ArticleCard>> Topics { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var articles = await db.Articles.AsNoTracking()
            .Where(a => a.Status == ArticleStatus.Published)
            .OrderBy(a => a.Order).ThenBy(a => a.Title)
            .Select(a => new ArticleCard(a.Slug, a.Title, a.Summary, a.Topic))
            .ToListAsync(cancellationToken);
        Topics = articles.GroupBy(a => a.Topic).OrderBy(g => g.Key).ToList();
        ViewData.SetPageInfo(new PageInfo("Articles", "All our plain-language articles on immunotherapy and CAR-T cell therapy, grouped by topic."));
    }
}
