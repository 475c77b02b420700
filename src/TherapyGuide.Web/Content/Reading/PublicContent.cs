using Microsoft.EntityFrameworkCore;
using TherapyGuide.Web.Data;

namespace TherapyGuide.Web.Content.Reading;

/// <summary>
/// What readers may see, read without tracking: shared by the public pages and the printable pack,
/// which shows the same sections one after another. Drafts never leave here.
/// </summary>
public sealed class PublicContent(TherapyGuideDbContext db)
{
    public Task<List<ArticleCard>> ArticleCardsAsync(CancellationToken cancellationToken) =>
        db.Articles.AsNoTracking()
            .Where(a => a.Status == ArticleStatus.Published)
            .OrderBy(a => a.Order).ThenBy(a => a.Title)
            .Select(a => new ArticleCard(a.Slug, a.Title, a.Summary, a.Topic))
            .ToListAsync(cancellationToken);

    /// <summary>One page of the published articles, grouped by topic, and how many there are in all.</summary>
    public async Task<(List<ArticleCard> Cards, int Total)> ArticleCardsAsync(int skip, int take, CancellationToken cancellationToken)
    {
        var published = db.Articles.AsNoTracking().Where(a => a.Status == ArticleStatus.Published);
        var total = await published.CountAsync(cancellationToken);
        var cards = await published
            // Topics in the enum's reading order (basics first); the store keeps them as names, which sort otherwise.
            .OrderBy(a => a.Topic == ArticleTopic.Basics ? 0 : a.Topic == ArticleTopic.Cancer ? 1 : a.Topic == ArticleTopic.TreatmentExperience ? 2 : 3)
            .ThenBy(a => a.Order).ThenBy(a => a.Title).ThenBy(a => a.Id)
            .Skip(skip).Take(take)
            .Select(a => new ArticleCard(a.Slug, a.Title, a.Summary, a.Topic))
            .ToListAsync(cancellationToken);
        return (cards, total);
    }

    /// <summary>The first few published articles in the editors' order, for the home page.</summary>
    public Task<List<ArticleCard>> FeaturedArticleCardsAsync(int take, CancellationToken cancellationToken) =>
        db.Articles.AsNoTracking()
            .Where(a => a.Status == ArticleStatus.Published)
            .OrderBy(a => a.Order).ThenBy(a => a.Title)
            .Take(take)
            .Select(a => new ArticleCard(a.Slug, a.Title, a.Summary, a.Topic))
            .ToListAsync(cancellationToken);

    /// <summary>Only the named published articles (for "Read next"), not the whole list.</summary>
    public Task<List<ArticleCard>> ArticleCardsAsync(IReadOnlyCollection<string> slugs, CancellationToken cancellationToken) =>
        db.Articles.AsNoTracking()
            .Where(a => a.Status == ArticleStatus.Published && slugs.Contains(a.Slug))
            .Select(a => new ArticleCard(a.Slug, a.Title, a.Summary, a.Topic))
            .ToListAsync(cancellationToken);

    public Task<ArticleView?> ArticleAsync(string slug, CancellationToken cancellationToken) =>
        Views(db.Articles.Where(a => a.Slug == slug)).SingleOrDefaultAsync(cancellationToken);

    /// <summary>The named published articles in one query (for the printable pack).</summary>
    public Task<List<ArticleView>> ArticlesAsync(IReadOnlyCollection<string> slugs, CancellationToken cancellationToken) =>
        Views(db.Articles.Where(a => slugs.Contains(a.Slug))).ToListAsync(cancellationToken);

    private static IQueryable<ArticleView> Views(IQueryable<Article> articles) =>
        articles.AsNoTracking()
            .Where(a => a.Status == ArticleStatus.Published)
            .Select(a => new ArticleView(
                a.Slug, a.Title, a.Summary, a.Topic, a.BodyHtml, a.TableOfContents, a.WordCount,
                a.Published, a.LastReviewed, a.NextReviewDue, a.Sources, a.RelatedSlugs));

    public Task<List<ComparisonRow>> ComparisonAsync(CancellationToken cancellationToken) =>
        db.ComparisonAspects.AsNoTracking()
            .OrderBy(a => a.Order).ThenBy(a => a.Aspect)
            .Select(a => new ComparisonRow(a.Slug, a.Aspect, a.Immunotherapy, a.CarT))
            .ToListAsync(cancellationToken);

    public Task<List<SideEffectCard>> SideEffectsAsync(CancellationToken cancellationToken) =>
        db.SideEffects.AsNoTracking()
            .OrderBy(s => s.Therapy).ThenBy(s => s.Order).ThenBy(s => s.Name)
            .Select(s => new SideEffectCard(s.Slug, s.Name, s.Therapy, s.Urgency, s.Symptoms, s.Timing, s.Management))
            .ToListAsync(cancellationToken);

    public Task<List<ConditionRow>> ConditionsAsync(CancellationToken cancellationToken) =>
        db.Conditions.AsNoTracking()
            .OrderBy(c => c.Kind).ThenBy(c => c.Order).ThenBy(c => c.Name)
            .Select(c => new ConditionRow(c.Slug, c.Name, c.Kind, c.Summary, c.ImmunotherapyStatus, c.ImmunotherapyNote, c.CarTStatus, c.CarTNote))
            .ToListAsync(cancellationToken);

    public async Task<List<GlossaryEntry>> GlossaryAsync(CancellationToken cancellationToken) =>
        (await db.GlossaryTerms.AsNoTracking()
            .Select(t => new GlossaryEntry(t.Slug, t.Term, t.Definition, t.Aliases))
            .ToListAsync(cancellationToken))
        .OrderBy(t => t.Term, StringComparer.OrdinalIgnoreCase)
        .ToList();

    /// <summary>The newest review or change date among what a structured page shows.</summary>
    public async Task<DateOnly?> LastChangedAsync(ContentKind kind, CancellationToken cancellationToken)
    {
        DateTime? newest = kind switch
        {
            ContentKind.Comparison => await db.ComparisonAspects.MaxAsync(x => (DateTime?)x.UpdatedUtc, cancellationToken),
            ContentKind.SideEffect => await db.SideEffects.MaxAsync(x => (DateTime?)x.UpdatedUtc, cancellationToken),
            ContentKind.Glossary => await db.GlossaryTerms.MaxAsync(x => (DateTime?)x.UpdatedUtc, cancellationToken),
            ContentKind.Condition => await db.Conditions.MaxAsync(x => (DateTime?)x.UpdatedUtc, cancellationToken),
            _ => null,
        };
        return newest is { } value ? DateOnly.FromDateTime(value) : null;
    }
}
