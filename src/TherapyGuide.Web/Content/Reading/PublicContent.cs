using Microsoft.EntityFrameworkCore;
using TherapyGuide.Web.Content.Editing;
using TherapyGuide.Web.Content.Kinds;
using TherapyGuide.Web.Data;
using TherapyGuide.Web.Data.Configurations;
using TherapyGuide.Web.Languages;

namespace TherapyGuide.Web.Content.Reading;

/// <summary>
/// What readers may see, read without tracking: shared by the public pages and the printable pack,
/// which shows the same sections one after another. Drafts never leave here.
/// </summary>
public sealed partial class PublicContent(TherapyGuideDbContext db, ILogger<PublicContent> logger)
{
    public Task<List<ArticleCard>> ArticleCardsAsync(CancellationToken cancellationToken) =>
        ShownArticles()
            .Where(a => a.Status == ArticleStatus.Published)
            .OrderBy(a => a.Order).ThenBy(a => a.Title)
            .Select(a => new ArticleCard(a.Slug, a.Title, a.Summary, a.Topic) { Language = new TextLanguage(a.Language, null) })
            .ToListAsync(cancellationToken);

    /// <summary>One page of the published articles, grouped by topic, and how many there are in all.</summary>
    public async Task<(List<ArticleCard> Cards, int Total)> ArticleCardsAsync(int skip, int take, CancellationToken cancellationToken)
    {
        var published = ShownArticles().Where(a => a.Status == ArticleStatus.Published);
        var total = await published.CountAsync(cancellationToken);
        var cards = await published
            // Topics in reading order (basics first), read in this order from an index however long the list.
            .OrderBy(a => EF.Property<int>(a, ArticleConfiguration.TopicRank))
            .ThenBy(a => a.Order).ThenBy(a => a.Title).ThenBy(a => a.Id)
            .Skip(skip).Take(take)
            .Select(a => new ArticleCard(a.Slug, a.Title, a.Summary, a.Topic) { Language = new TextLanguage(a.Language, null) })
            .ToListAsync(cancellationToken);
        return (cards, total);
    }

    /// <summary>The first few published articles in the editors' order, for the home page.</summary>
    public Task<List<ArticleCard>> FeaturedArticleCardsAsync(int take, CancellationToken cancellationToken) =>
        ShownArticles()
            .Where(a => a.Status == ArticleStatus.Published)
            .OrderBy(a => a.Order).ThenBy(a => a.Title)
            .Take(take)
            .Select(a => new ArticleCard(a.Slug, a.Title, a.Summary, a.Topic) { Language = new TextLanguage(a.Language, null) })
            .ToListAsync(cancellationToken);

    /// <summary>Only the named published articles (for "Read next"), not the whole list.</summary>
    /// <remarks>
    /// Looked up by slug alone, and only then checked for being published: asked for both at once, SQLite (which
    /// keeps no statistics here) judges the status index the narrower one for a few slugs, and walks every
    /// published article through it. The same holds for <see cref="ArticlesAsync"/>.
    /// </remarks>
    public async Task<List<ArticleCard>> ArticleCardsAsync(IReadOnlyCollection<string> slugs, CancellationToken cancellationToken)
    {
        var found = await ShownArticles()
            .Where(a => slugs.Contains(a.Slug))
            .Select(a => new { a.Status, Card = new ArticleCard(a.Slug, a.Title, a.Summary, a.Topic) { Language = new TextLanguage(a.Language, null) } })
            .ToListAsync(cancellationToken);
        return found.Where(a => a.Status == ArticleStatus.Published).Select(a => a.Card).ToList();
    }

    /// <summary>
    /// An article for its own page, in the request's language only: a Spanish address of an article not translated
    /// yet answers with a page that says so and links to the English one.
    /// </summary>
    public async Task<ArticleView?> ArticleAsync(string slug, CancellationToken cancellationToken) =>
        (await ReadArticlesAsync(db.Articles.AsNoTracking(), [slug], cancellationToken)).SingleOrDefault();

    /// <summary>
    /// The named published articles in one query, for the printable pack: as its picker lists them, an article not
    /// translated yet comes in English.
    /// </summary>
    public Task<List<ArticleView>> ArticlesAsync(IReadOnlyCollection<string> slugs, CancellationToken cancellationToken) =>
        ReadArticlesAsync(ShownArticles(), slugs, cancellationToken);

    private async Task<List<ArticleView>> ReadArticlesAsync(IQueryable<Article> articles, IReadOnlyCollection<string> slugs, CancellationToken cancellationToken)
    {
        var found = await articles
            .Where(a => slugs.Contains(a.Slug))
            .Select(a => new
            {
                a.Status,
                Item = new TranslationOf(a.Language, a.SourceId, a.SourceVersion),
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
        var published = found.Where(a => a.Status == ArticleStatus.Published).ToList();
        if (LanguageScope.Content.IsOriginal)
        {
            return published.Select(a => a.View).ToList();
        }

        var originals = await OriginalVersionsAsync(db.Articles, published.Select(a => a.Item.SourceId), cancellationToken);
        return published.Select(a => a.View with { Language = a.Item.StateWith(originals) }).ToList();
    }

    /// <summary>
    /// The articles lists show in the request's language, read without tracking: in English, the English ones; in a
    /// translation, each translated article and every English article with no translation yet, so that a reader of
    /// the translation sees everything the site has (each card says which are still in English).
    /// </summary>
    private IQueryable<Article> ShownArticles()
    {
        var language = LanguageScope.Content;
        if (language.IsOriginal)
        {
            return db.Articles.AsNoTracking();
        }

        var code = language.Code;
        var english = SiteLanguage.English.Code;
        var all = db.Articles.IgnoreQueryFilters().AsNoTracking();
        return all.Where(a => a.Language == code || (a.Language == english && !all.Any(t => t.Language == code && t.SourceId == a.Id)));
    }

    public async Task<List<ComparisonRow>> ComparisonAsync(CancellationToken cancellationToken) =>
        (await ShownAsync(db.ComparisonAspects, rows => rows.OrderBy(a => a.Order).ThenBy(a => a.Aspect), cancellationToken))
            .Select(x => ComparisonRow.Of(x.Item) with { Language = x.Language })
            .ToList();

    public async Task<List<SideEffectCard>> SideEffectsAsync(CancellationToken cancellationToken) =>
        (await ShownAsync(db.SideEffects, effects => effects.OrderBy(s => s.Therapy).ThenBy(s => s.Order).ThenBy(s => s.Name), cancellationToken))
            .Select(x => SideEffectCard.Of(x.Item) with { Language = x.Language })
            .ToList();

    /// <summary>The urgent-help block, or null in a store that has none (the pages then show the urgency key's advice).</summary>
    public async Task<UrgentHelpView?> UrgentHelpAsync(CancellationToken cancellationToken) =>
        (await ShownAsync(db.UrgentHelp, help => help.Where(u => u.Slug == UrgentHelp.MainSlug), cancellationToken))
            .Select(x => UrgentHelpView.Of(x.Item) with { Language = x.Language })
            .SingleOrDefault();

    /// <summary>The questions checklist's groups, in the editors' order; none in a store whose groups were all deleted.</summary>
    public async Task<List<QuestionGroupView>> QuestionGroupsAsync(CancellationToken cancellationToken) =>
        (await ShownAsync(db.QuestionGroups, groups => groups.OrderBy(g => g.Order).ThenBy(g => g.Heading).ThenBy(g => g.Id), cancellationToken))
            .Select(x => QuestionGroupView.Of(x.Item) with { Language = x.Language })
            .ToList();

    public async Task<List<ConditionRow>> ConditionsAsync(CancellationToken cancellationToken) =>
        (await ShownAsync(db.Conditions, conditions => conditions.OrderBy(c => c.Kind).ThenBy(c => c.Order).ThenBy(c => c.Name), cancellationToken))
            .Select(x => ConditionRow.Of(x.Item) with { Language = x.Language })
            .ToList();

    /// <summary>
    /// The items of a kind a page in the request's language shows, shaped (filtered, ordered) by
    /// <paramref name="shape"/>: in English, the English items; in a translation, each original's translation where
    /// there is one and the original itself where not, so that nothing is missing from a page (a side effect least of
    /// all) while its translation is being written. Each comes with its <see cref="TextLanguage"/>.
    /// </summary>
    private static async Task<List<(T Item, TextLanguage Language)>> ShownAsync<T>(
        DbSet<T> set, Func<IQueryable<T>, IQueryable<T>> shape, CancellationToken cancellationToken)
        where T : ContentItem
    {
        var language = LanguageScope.Content;
        if (language.IsOriginal)
        {
            return (await shape(set.AsNoTracking()).ToListAsync(cancellationToken)).Select(x => (x, TextLanguage.English)).ToList();
        }

        var code = language.Code;
        var english = SiteLanguage.English.Code;
        var all = set.IgnoreQueryFilters().AsNoTracking();
        var items = await shape(all.Where(x => x.Language == code
                || (x.Language == english && !all.Any(t => t.Language == code && t.SourceId == x.Id))))
            .ToListAsync(cancellationToken);
        var originals = await OriginalVersionsAsync(set, items.Select(x => x.SourceId), cancellationToken);
        return items.Select(x => (x, TextLanguage.Of(x, originals))).ToList();
    }

    /// <summary>The named originals' versions and times of change, to tell whether their translations are behind.</summary>
    private static async Task<Dictionary<int, OriginalVersion>> OriginalVersionsAsync<T>(
        DbSet<T> set, IEnumerable<int?> sourceIds, CancellationToken cancellationToken)
        where T : ContentItem
    {
        var ids = sourceIds.OfType<int>().Distinct().ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        return await set.IgnoreQueryFilters().AsNoTracking()
            .Where(x => ids.Contains(x.Id))
            .ToDictionaryAsync(x => x.Id, x => new OriginalVersion(x.Version, x.UpdatedUtc), cancellationToken);
    }

    /// <summary>A translation's link to its original, read with a view projected in the database.</summary>
    private sealed record TranslationOf(string Language, int? SourceId, int? SourceVersion)
    {
        public TextLanguage StateWith(Dictionary<int, OriginalVersion> originals) =>
            SourceId is { } id && originals.TryGetValue(id, out var original)
                ? new TextLanguage(Language, original.Version > (SourceVersion ?? 0) ? original.UpdatedUtc : null)
                : new TextLanguage(Language);
    }

    /// <summary>
    /// The glossary, for lists and for marking words in the text. A stored spelling the matcher skips (see
    /// <see cref="GlossarySpelling"/>) is logged here, once for each page built, so the page still works and the
    /// operator can ask an editor to fix the term.
    /// </summary>
    public async Task<List<GlossaryEntry>> GlossaryAsync(CancellationToken cancellationToken)
    {
        // Sorted as the language sorts (Spanish puts "Á" with "A"); English as it always has.
        var language = LanguageScope.Content;
        var order = language.IsOriginal ? StringComparer.OrdinalIgnoreCase : StringComparer.Create(language.Culture, ignoreCase: true);
        var glossary = (await ShownAsync(db.GlossaryTerms, terms => terms, cancellationToken))
            .Select(x => new GlossaryEntry(x.Item.Slug, x.Item.Term, x.Item.Definition, x.Item.Aliases) { Language = x.Language })
            .OrderBy(t => t.Term, order)
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
    public async Task<TermView?> TermAsync(string slug, CancellationToken cancellationToken) =>
        (await ShownAsync(db.GlossaryTerms, terms => terms.Where(t => t.Slug == slug), cancellationToken))
            .Select(x => TermView.Of(x.Item) with { Language = x.Language })
            .SingleOrDefault();

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
