using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;
using TherapyGuide.Web.Caching;
using TherapyGuide.Web.Content;
using TherapyGuide.Web.Content.Reading;
using TherapyGuide.Web.Data.Configurations;
using TherapyGuide.Web.Languages;
using TherapyGuide.Web.Pages.Layout;

namespace TherapyGuide.Web.Pages.Articles;

[OutputCache(PolicyName = PublicPagesCachePolicy.Name, Tags = [CacheTags.Glossary])]
public sealed class ArticleModel(
    PublicContent content, ArticleExtras extras, LinkedArticles linked, ContentVersion contentVersion, IStringLocalizer<ArticleModel> localizer) : PageModel
{
    /// <summary>On a translation's page, the English article that has no translation yet (the page says so); else null.</summary>
    public ArticleCard? NotTranslated { get; private set; }

    public ArticleView Article { get; private set; } = null!;

    public IReadOnlyList<ArticleCard> Related { get; private set; } = [];

    /// <summary>What to do now, on every article about treatment (all but the basics).</summary>
    public UrgentHelpView? UrgentHelp { get; private set; }

    /// <summary>Every glossary word the article uses, printed at its end.</summary>
    public IReadOnlyList<GlossaryEntry> WordsUsed { get; private set; } = [];

    /// <summary>Readers' experiences an editor has approved, newest first.</summary>
    public IReadOnlyList<ExperienceView> Experiences { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(slug) || slug.Length > ContentItemConfiguration.SlugLength)
        {
            return NotFound();
        }

        var version = contentVersion.ETag; // before reading, so nothing older is ever kept as this version
        var article = await content.ArticleAsync(slug, cancellationToken);
        if (article is null && !LanguageScope.Content.IsOriginal && await EnglishCardAsync(slug, cancellationToken) is { } english)
        {
            // Said plainly, with the way to the English page; a 404, so no search engine lists it as a Spanish page.
            NotTranslated = english;
            Response.StatusCode = StatusCodes.Status404NotFound;
            ViewData.SetPageInfo(new PageInfo(localizer["Not translated yet"], english.Summary) { Translated = false, AsksForFeedback = false });
            return Page();
        }

        if (article is null)
        {
            // A renamed article keeps its old address working.
            var renamedTo = await extras.RenamedToAsync(slug, cancellationToken);
            return renamedTo is null ? NotFound() : RedirectPermanent(SiteLanguage.Current.PathFor($"/articles/{renamedTo}"));
        }

        // This page is cleared from the cache when the article changes, or any article it suggests reading next.
        if (HttpContext.Features.Get<IOutputCacheFeature>()?.Context.Tags is { } cacheTags)
        {
            cacheTags.Add(CacheTags.Article(article.Slug));
            cacheTags.UnionWith(article.RelatedSlugs.Select(CacheTags.ArticleCard));
            cacheTags.Add(CacheTags.UrgentHelp);
        }

        if (ShowsUrgentHelp(article.Topic))
        {
            UrgentHelp = await content.UrgentHelpAsync(cancellationToken);
        }

        if (article.RelatedSlugs.Count > 0)
        {
            var related = await content.ArticleCardsAsync(article.RelatedSlugs, cancellationToken);
            // Keep the order the editor chose.
            Related = related.OrderBy(r => article.RelatedSlugs.IndexOf(r.Slug)).ToList();
        }

        Experiences = await extras.ApprovedExperiencesAsync(article.Slug, cancellationToken);

        // The stored HTML gains its glossary definitions here, so a changed definition shows in every article at once.
        // Kept per language as well as version (LinkedArticles): the English and Spanish articles share a slug.
        var withWords = await linked.GetAsync(version, article, () => content.GlossaryAsync(cancellationToken));
        WordsUsed = withWords.WordsUsed;
        Article = article with { BodyHtml = withWords.BodyHtml };
        ViewData.SetPageInfo(new PageInfo(article.Title, article.Summary, article.LastReviewed, article.NextReviewDue)
        {
            Kind = "article",
            Review = article.Review,
            About = article.Topic == ArticleTopic.Autoimmune ? localizer["CAR-T cell therapy for autoimmune diseases"] : localizer["Cancer immunotherapy and CAR-T cell therapy"],
        });
        return Page();
    }

    private async Task<ArticleCard?> EnglishCardAsync(string slug, CancellationToken cancellationToken)
    {
        using (LanguageScope.Use(SiteLanguage.English))
        {
            return (await content.ArticleCardsAsync([slug], cancellationToken)).SingleOrDefault();
        }
    }

    /// <summary>Articles about treatment carry the urgent-help block; the basics of the immune system do not need it.</summary>
    public static bool ShowsUrgentHelp(ArticleTopic topic) => topic != ArticleTopic.Basics;
}
