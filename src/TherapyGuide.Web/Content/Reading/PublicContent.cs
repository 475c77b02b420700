using Microsoft.EntityFrameworkCore;
using TherapyGuide.Web.Content.Editing;
using TherapyGuide.Web.Content.Kinds;
using TherapyGuide.Web.Data;
using TherapyGuide.Web.Data.Configurations;

namespace TherapyGuide.Web.Content.Reading;

/// <summary>
/// What readers may see, read without tracking: shared by the public pages and the printable pack,
/// which shows the same sections one after another. Drafts never leave here.
/// </summary>
public sealed partial class PublicContent(TherapyGuideDbContext db, ILogger<PublicContent> logger)
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
            // Topics in reading order (basics first), read in this order from an index however long the list.
            .OrderBy(a => EF.Property<int>(a, ArticleConfiguration.TopicRank))
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
    /// <remarks>
    /// Looked up by slug alone, and only then checked for being published: asked for both at once, SQLite (which
    /// keeps no statistics here) judges the status index the narrower one for a few slugs, and walks every
    /// published article through it. The same holds for <see cref="ArticlesAsync"/>.
    /// </remarks>
    public async Task<List<ArticleCard>> ArticleCardsAsync(IReadOnlyCollection<string> slugs, CancellationToken cancellationToken)
    {
        var found = await db.Articles.AsNoTracking()
            .Where(a => slugs.Contains(a.Slug))
            .Select(a => new { a.Status, Card = new ArticleCard(a.Slug, a.Title, a.Summary, a.Topic) })
            .ToListAsync(cancellationToken);
        return found.Where(a => a.Status == ArticleStatus.Published).Select(a => a.Card).ToList();
    }

    public async Task<ArticleView?> ArticleAsync(string slug, CancellationToken cancellationToken) =>
        (await ArticlesAsync([slug], cancellationToken)).SingleOrDefault();

    /// <summary>The named published articles in one query (an article page, and the printable pack).</summary>
    public async Task<List<ArticleView>> ArticlesAsync(IReadOnlyCollection<string> slugs, CancellationToken cancellationToken)
    {
        var found = await db.Articles.AsNoTracking()
            .Where(a => slugs.Contains(a.Slug))
            .Select(a => new
            {
                a.Status,
                View = new ArticleView(
                    a.Slug, a.Title, a.Summary, a.Topic, a.BodyHtml, a.TableOfContents, a.WordCount,
                    a.Published, a.LastReviewed, a.NextReviewDue, a.Sources, a.RelatedSlugs)
                {
                    Review = a.ReviewedBy != null && a.ReviewerRole != null && a.ApprovedUtc != null
                        ? new ClinicalReview(a.ReviewedBy, a.ReviewerRole, a.ApprovedUtc.Value)
                        : null,
                },
            })
            .ToListAsync(cancellationToken);
        return found.Where(a => a.Status == ArticleStatus.Published).Select(a => a.View).ToList();
    }

    public Task<List<ComparisonRow>> ComparisonAsync(CancellationToken cancellationToken) =>
        db.ComparisonAspects.AsNoTracking()
            .OrderBy(a => a.Order).ThenBy(a => a.Aspect)
            .Select(a => new ComparisonRow(a.Slug, a.Aspect, a.Immunotherapy, a.CarT))
            .ToListAsync(cancellationToken);

    public Task<List<SideEffectCard>> SideEffectsAsync(CancellationToken cancellationToken) =>
        db.SideEffects.AsNoTracking()
            .OrderBy(s => s.Therapy).ThenBy(s => s.Order).ThenBy(s => s.Name)
            .Select(s => SideEffectCard.Of(s))
            .ToListAsync(cancellationToken);

    /// <summary>The urgent-help block, or null in a store that has none (the pages then show the urgency key's advice).</summary>
    public async Task<UrgentHelpView?> UrgentHelpAsync(CancellationToken cancellationToken)
    {
        var help = await db.UrgentHelp.AsNoTracking().SingleOrDefaultAsync(u => u.Slug == UrgentHelp.MainSlug, cancellationToken);
        return help is null ? null : UrgentHelpView.Of(help);
    }

    /// <summary>The questions checklist's groups, in the editors' order; none in a store whose groups were all deleted.</summary>
    public Task<List<QuestionGroupView>> QuestionGroupsAsync(CancellationToken cancellationToken) =>
        db.QuestionGroups.AsNoTracking()
            .OrderBy(g => g.Order).ThenBy(g => g.Heading).ThenBy(g => g.Id)
            .Select(g => new QuestionGroupView(g.Slug, g.Heading, g.Questions))
            .ToListAsync(cancellationToken);

    public Task<List<ConditionRow>> ConditionsAsync(CancellationToken cancellationToken) =>
        db.Conditions.AsNoTracking()
            .OrderBy(c => c.Kind).ThenBy(c => c.Order).ThenBy(c => c.Name)
            .Select(c => new ConditionRow(c.Slug, c.Name, c.Kind, c.Summary, c.ImmunotherapyStatus, c.ImmunotherapyNote, c.CarTStatus, c.CarTNote))
            .ToListAsync(cancellationToken);

    /// <summary>
    /// The glossary, for lists and for marking words in the text. A stored spelling the matcher skips (see
    /// <see cref="GlossarySpelling"/>) is logged here, once for each page built, so the page still works and the
    /// operator can ask an editor to fix the term.
    /// </summary>
    public async Task<List<GlossaryEntry>> GlossaryAsync(CancellationToken cancellationToken)
    {
        var glossary = (await db.GlossaryTerms.AsNoTracking()
                .Select(t => new GlossaryEntry(t.Slug, t.Term, t.Definition, t.Aliases))
                .ToListAsync(cancellationToken))
            .OrderBy(t => t.Term, StringComparer.OrdinalIgnoreCase)
            .ToList();
        var skipped = GlossaryMatcher.Skipped(glossary);
        if (skipped.Count > 0)
        {
            LogSkippedSpellings(skipped.Count, string.Join(" | ", skipped.Select(s => s.Length > 40 ? s[..40] + "…" : s)));
        }

        return glossary;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} stored glossary spelling(s) break the spelling rules and are not marked in pages: {Spellings}. Edit the terms to fix them")]
    private partial void LogSkippedSpellings(int count, string spellings);

    /// <summary>One glossary term, for its own page; null when there is none.</summary>
    public Task<TermView?> TermAsync(string slug, CancellationToken cancellationToken) =>
        db.GlossaryTerms.AsNoTracking()
            .Where(t => t.Slug == slug)
            .Select(t => TermView.Of(t))
            .SingleOrDefaultAsync(cancellationToken);

    /// <summary>The source lists of the published articles, in the articles' order (the about page names them once each).</summary>
    public Task<List<List<ArticleSource>>> SourceListsAsync(CancellationToken cancellationToken) =>
        db.Articles.AsNoTracking()
            .Where(a => a.Status == ArticleStatus.Published)
            .OrderBy(a => a.Order)
            .Select(a => a.Sources)
            .ToListAsync(cancellationToken);

    /// <summary>
    /// The review dates of everything a structured page shows of a kind (see <see cref="ReviewDates"/>); null when
    /// there is nothing of it.
    /// </summary>
    public Task<ReviewDates?> ReviewDatesAsync(ContentKind kind, CancellationToken cancellationToken)
    {
        if (kind == ContentKind.Article)
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Articles carry their own review dates.");
        }

        return ContentKindRegistry.For(kind).Run(new ReviewDatesQuery(db, cancellationToken));
    }

    private static Task<ReviewDates?> ReviewDatesAsync<T>(IQueryable<T> items, CancellationToken cancellationToken)
        where T : ContentItem =>
        items.AsNoTracking()
            .GroupBy(_ => 1)
            .Select(all => new ReviewDates(all.Min(x => x.LastReviewed), all.Min(x => x.NextReviewDue)))
            .SingleOrDefaultAsync(cancellationToken);

    /// <summary>The review dates of what the kind's page shows: every item, or only its <see cref="ContentKindDescriptor.PageSlug"/>.</summary>
    private sealed record ReviewDatesQuery(TherapyGuideDbContext Db, CancellationToken CancellationToken) : IContentKindAction<Task<ReviewDates?>>
    {
        public Task<ReviewDates?> Run<TEntity, TForm>()
            where TEntity : ContentItem
            where TForm : class, IContentForm<TForm, TEntity>
        {
            var slug = ContentKindRegistry.For(TForm.Kind).PageSlug;
            var items = Db.Set<TEntity>().AsQueryable();
            return ReviewDatesAsync(slug is null ? items : items.Where(x => x.Slug == slug), CancellationToken);
        }
    }
}
