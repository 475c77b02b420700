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

    /// <param name="contentVersion">The content version read before the article and glossary were loaded, so a
    /// save made meanwhile can never be stored under the newer version.</param>
    /// <param name="article">The published article.</param>
    /// <param name="glossary">The glossary as loaded with it.</param>
    public LinkedArticle Get(string contentVersion, ArticleView article, IReadOnlyList<GlossaryEntry> glossary)
    {
        ArgumentNullException.ThrowIfNull(article);
        return _cache.GetOrCreate((contentVersion, article.Slug), entry =>
        {
            var linked = new LinkedArticle(
                GlossaryLinker.Link(article.BodyHtml, glossary),
                GlossaryMatcher.TermsUsed(GlossaryMatcher.TextOf(article.BodyHtml), glossary));
            entry.Size = linked.BodyHtml.Length + 1;
            entry.SlidingExpiration = TimeSpan.FromHours(1);
            return linked;
        })!;
    }

    public void Dispose() => _cache.Dispose();
}
