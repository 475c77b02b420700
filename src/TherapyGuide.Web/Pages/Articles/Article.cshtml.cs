using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TherapyGuide.Web.Content;
using TherapyGuide.Web.Data;
using TherapyGuide.Web.Data.Configurations;
using TherapyGuide.Web.Pages.Layout;

namespace TherapyGuide.Web.Pages.Articles;

public sealed class ArticleModel(TherapyGuideDbContext db) : PageModel
{
    public ArticleView Article { get; private set; } = null!;

    public IReadOnlyList<ArticleCard> Related { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(slug) || slug.Length > ContentItemConfiguration.SlugLength)
        {
            return NotFound();
        }

        var article = await db.Articles.AsNoTracking()
            .Where(a => a.Slug == slug && a.Status == ArticleStatus.Published)
            .Select(a => new ArticleView(
                a.Slug, a.Title, a.Summary, a.Topic, a.BodyHtml, a.TableOfContents, a.WordCount,
                a.Published, a.LastReviewed, a.NextReviewDue, a.Sources, a.RelatedSlugs))
            .SingleOrDefaultAsync(cancellationToken);
        if (article is null)
        {
            // A renamed article keeps its old address working.
            var renamedTo = await db.SlugRedirects.AsNoTracking()
                .Where(r => r.OldSlug == slug)
                .Join(db.Articles.Where(a => a.Status == ArticleStatus.Published), r => r.ArticleId, a => a.Id, (r, a) => a.Slug)
                .FirstOrDefaultAsync(cancellationToken);
            return renamedTo is null ? NotFound() : RedirectPermanent($"/articles/{renamedTo}");
        }

        Article = article;
        if (article.RelatedSlugs.Count > 0)
        {
            var related = await db.Articles.AsNoTracking()
                .Where(a => article.RelatedSlugs.Contains(a.Slug) && a.Status == ArticleStatus.Published)
                .Select(a => new ArticleCard(a.Slug, a.Title, a.Summary, a.Topic))
                .ToListAsync(cancellationToken);
            // Keep the order the editor chose.
            Related = related.OrderBy(r => article.RelatedSlugs.IndexOf(r.Slug)).ToList();
        }

        ViewData.SetPageInfo(new PageInfo(article.Title, article.Summary, article.LastReviewed));
        return Page();
    }
}
