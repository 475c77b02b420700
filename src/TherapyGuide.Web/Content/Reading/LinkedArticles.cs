using Microsoft.Extensions.Caching.Memory;

namespace TherapyGuide.Web.Content.Reading;

/// <summary>
/// Articles with their glossary words marked (see <see cref="GlossaryLinker"/>), kept in memory until any content
/// changes. Marking tries every spelling of every word against every paragraph: far too slow to repeat for each
/// reader, and the output cache alone does not help when it is off or has just been cleared.
/// </summary>
public sealed class LinkedArticles : IDisposable
{
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
        return (await _cache.GetOrCreateAsync((contentVersion, article.Slug), async entry =>
        {
            var words = await glossary();
            var linked = new LinkedArticle(
                GlossaryLinker.Link(article.BodyHtml, words),
                GlossaryMatcher.TermsUsed(GlossaryMatcher.TextOf(article.BodyHtml), words));
            entry.Size = linked.BodyHtml.Length + 1;
            entry.SlidingExpiration = TimeSpan.FromHours(1);
            return linked;
        }))!;
    }

    public void Dispose() => _cache.Dispose();
}
