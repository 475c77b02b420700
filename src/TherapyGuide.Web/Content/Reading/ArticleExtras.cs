using Microsoft.EntityFrameworkCore;
using TherapyGuide.Web.Data;

namespace TherapyGuide.Web.Content.Reading;

/// <summary>
/// What the public pages around an article read besides the article itself (see <see cref="PublicContent"/>): where a
/// renamed article went, the experiences shown under it, and the article a reader shares an experience of. Published
/// articles only, read without tracking.
/// </summary>
public sealed class ArticleExtras(TherapyGuideDbContext db)
{
    /// <summary>The published article's slug now, when <paramref name="oldSlug"/> was one of its earlier addresses.</summary>
    public Task<string?> RenamedToAsync(string oldSlug, CancellationToken cancellationToken) =>
        db.SlugRedirects.AsNoTracking()
            .Where(r => r.OldSlug == oldSlug)
            .Join(db.Articles.Where(a => a.Status == ArticleStatus.Published), r => r.ArticleId, a => a.Id, (r, a) => a.Slug)
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>Readers' experiences an editor has approved under the article, newest first.</summary>
    public Task<List<ExperienceView>> ApprovedExperiencesAsync(string slug, CancellationToken cancellationToken) =>
        db.SharedExperiences.AsNoTracking()
            .Where(e => e.Status == ExperienceStatus.Approved)
            .Join(db.Articles.Where(a => a.Slug == slug), e => e.ArticleId, a => a.Id, (e, _) => e)
            .OrderByDescending(e => e.SubmittedUtc)
            .Select(e => new ExperienceView(e.DisplayName, e.Text, e.SubmittedUtc))
            .ToListAsync(cancellationToken);

    /// <summary>The published article with this slug, as the share form names it; null when there is none.</summary>
    public Task<ShareTarget?> ShareTargetAsync(string slug, CancellationToken cancellationToken) =>
        db.Articles.AsNoTracking()
            .Where(a => a.Slug == slug && a.Status == ArticleStatus.Published)
            .Select(a => new ShareTarget(a.Id, a.Slug, a.Title))
            .FirstOrDefaultAsync(cancellationToken);
}
