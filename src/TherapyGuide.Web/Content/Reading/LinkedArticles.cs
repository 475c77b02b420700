using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Localization;
using TherapyGuide.Web.Languages;

namespace TherapyGuide.Web.Content.Reading;

/// <summary>
/// Articles, and the editors' text on the comparison and conditions pages, with their glossary words marked (see
/// <see cref="GlossaryLinker"/>), kept in memory until any content changes. Marking tries every spelling of every
/// word against every paragraph: far too slow to repeat for each reader, and the output cache alone does not help
/// when it is off or has just been cleared.
/// </summary>
public sealed class LinkedArticles(IStringLocalizerFactory localizers) : IDisposable
{
    private readonly IStringLocalizer _words = localizers.Create(typeof(GlossaryLinker));

    /// <summary>About 16 MB of article HTML (sizes count characters); the least used are dropped beyond that.</summary>
    private const long SizeLimit = 8_000_000;

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = SizeLimit, CompactionPercentage = 0.25 });

    /// <param name="contentVersion">The content version read before the article was loaded, so a save made
    /// meanwhile can never be stored under the newer version.</param>
    /// <param name="article">The published article.</param>
    /// <param name="glossary">Loads the glossary; called only when the article is not already kept.</param>
    public async Task<LinkedArticle> GetAsync(string contentVersion, ArticleView article, Func<Task<List<GlossaryEntry>>> glossary)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(glossary);
        // Kept per language: a translation has its original's slug.
        var links = Links();
        return (await _cache.GetOrCreateAsync((contentVersion, links.Language.Code, article.Slug), async entry =>
        {
            var words = await glossary();
            var linked = new LinkedArticle(
                GlossaryLinker.Link(article.BodyHtml, words, links),
                GlossaryMatcher.TermsUsed(GlossaryMatcher.TextOf(article.BodyHtml), words));
            entry.Size = linked.BodyHtml.Length + 1;
            entry.SlidingExpiration = TimeSpan.FromHours(1);
            return linked;
        }))!;
    }

    /// <summary>One structured page's plain-text fields, marked together so each word is explained once on the page.</summary>
    /// <param name="contentVersion">The content version read before the page's rows were loaded.</param>
    /// <param name="page">The page ("compare"), which with the version names what is kept.</param>
    /// <param name="fields">The fields in page order, each keyed by <see cref="MarkedText.Key"/> and already encoded as
    /// HTML; called only when the page is not already kept.</param>
    /// <param name="glossary">Loads the glossary; called only when the page is not already kept.</param>
    public async Task<MarkedText> GetPageTextAsync(
        string contentVersion, string page, Func<IReadOnlyList<(string Key, string Html)>> fields, Func<Task<List<GlossaryEntry>>> glossary)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(glossary);
        // A four-part key, so that a page can never meet an article's (version, language, slug).
        var links = Links();
        return (await _cache.GetOrCreateAsync((contentVersion, nameof(MarkedText), links.Language.Code, page), async entry =>
        {
            var parts = fields();
            var marked = GlossaryLinker.Link(parts.Select(p => p.Html).ToList(), await glossary(), links);
            var text = new MarkedText(parts.Select((p, i) => (p.Key, Html: marked[i])).ToDictionary(p => p.Key, p => p.Html, StringComparer.Ordinal));
            entry.Size = text.Length + 1;
            entry.SlidingExpiration = TimeSpan.FromHours(1);
            return text;
        }))!;
    }

    public void Dispose() => _cache.Dispose();

    /// <summary>How words are linked in the request's language.</summary>
    private GlossaryLinks Links()
    {
        var language = SiteLanguage.Current;
        return language.IsOriginal ? GlossaryLinks.English : new GlossaryLinks(language, _words[GlossaryLinks.English.MoreAbout].Value);
    }
}
