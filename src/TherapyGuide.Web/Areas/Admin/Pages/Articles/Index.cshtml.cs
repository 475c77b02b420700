using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TherapyGuide.Web.Content;
using TherapyGuide.Web.Data;
using TherapyGuide.Web.Pages.Layout;

namespace TherapyGuide.Web.Areas.Admin.Pages.Articles;

public sealed class IndexModel(TherapyGuideDbContext db) : PageModel
{
    public IReadOnlyList<Row> Articles { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Articles = await db.Articles.AsNoTracking()
            .OrderBy(a => a.Order).ThenBy(a => a.Title)
            .Select(a => new Row(a.Id, a.Title, a.Slug, a.Status, a.ReadingGrade, a.NextReviewDue, a.UpdatedUtc))
            .ToListAsync(cancellationToken);
        ViewData.SetPageInfo(new PageInfo("Articles", "All articles, drafts included."));
    }

    public sealed record Row(int Id, string Title, string Slug, ArticleStatus Status, double ReadingGrade, DateOnly NextReviewDue, DateTime UpdatedUtc);
}
