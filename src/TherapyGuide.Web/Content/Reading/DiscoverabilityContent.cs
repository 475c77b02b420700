using Microsoft.EntityFrameworkCore;
using TherapyGuide.Web.Data;

namespace TherapyGuide.Web.Content.Reading;

/// <summary>What the sitemap and the feed list: published content only, read without tracking.</summary>
public sealed class DiscoverabilityContent(TherapyGuideDbContext db)
{
    /// <summary>Every published article and glossary term, and when each structured page's content last changed.</summary>
    public async Task<SitemapContent> SitemapAsync(CancellationToken cancellationToken) => new(
        await db.Articles.AsNoTracking().Where(a => a.Status == ArticleStatus.Published)
            .OrderBy(a => a.Order).Select(a => new SitemapItem(a.Slug, a.UpdatedUtc)).ToListAsync(cancellationToken),
        await db.GlossaryTerms.AsNoTracking().OrderBy(t => t.Slug).Select(t => new SitemapItem(t.Slug, t.UpdatedUtc)).ToListAsync(cancellationToken),
        await db.ComparisonAspects.MaxAsync(x => (DateTime?)x.UpdatedUtc, cancellationToken),
        await db.SideEffects.MaxAsync(x => (DateTime?)x.UpdatedUtc, cancellationToken),
        await db.Conditions.MaxAsync(x => (DateTime?)x.UpdatedUtc, cancellationToken),
        await db.QuestionGroups.MaxAsync(x => (DateTime?)x.UpdatedUtc, cancellationToken));

    /// <summary>The <paramref name="take"/> most recently changed published articles, newest first.</summary>
    public Task<List<FeedEntry>> FeedAsync(int take, CancellationToken cancellationToken) =>
        db.Articles.AsNoTracking().Where(a => a.Status == ArticleStatus.Published)
            .OrderByDescending(a => a.UpdatedUtc)
            .Take(take)
            .Select(a => new FeedEntry(a.Slug, a.Title, a.Summary, a.BodyHtml, a.UpdatedUtc, a.Published))
            .ToListAsync(cancellationToken);
}
