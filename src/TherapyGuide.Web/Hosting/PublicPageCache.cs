using Microsoft.AspNetCore.OutputCaching;
using TherapyGuide.Web.Content;

namespace TherapyGuide.Web.Hosting;

/// <summary>
/// Makes a change visible to readers at their very next request: clears the cached pages that show what changed
/// (and only those) and moves the ETag on, so a reader's browser asks again too.
/// </summary>
public sealed class PublicPageCache(IOutputCacheStore cache, ContentVersion version)
{
    /// <summary>One item of <paramref name="kind"/> changed; for articles, pass its slug (and its old slug after a rename).</summary>
    public async Task ChangedAsync(ContentKind kind, IEnumerable<string?> slugs, CancellationToken cancellationToken)
    {
        version.Changed();
        foreach (var tag in CacheTags.ChangedBy(kind, slugs))
        {
            await cache.EvictByTagAsync(tag, cancellationToken);
        }
    }

    /// <summary>Something shown only on these articles' own pages changed (an approved experience, say).</summary>
    public async Task ArticlePagesChangedAsync(IEnumerable<string> slugs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(slugs);
        version.Changed();
        foreach (var slug in slugs.Distinct(StringComparer.Ordinal))
        {
            await cache.EvictByTagAsync(CacheTags.Article(slug), cancellationToken);
        }
    }
}
