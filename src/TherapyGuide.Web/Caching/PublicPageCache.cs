using Microsoft.AspNetCore.OutputCaching;
using TherapyGuide.Web.Content;

namespace TherapyGuide.Web.Caching;

/// <summary>
/// Makes a change visible to readers at their very next request: clears the cached pages that show what changed
/// (and only those) and moves the ETag on, so a reader's browser asks again too. Hears of changes through
/// <see cref="ContentChanges"/>, so the content core does not depend on this cache.
/// </summary>
public sealed class PublicPageCache(IOutputCacheStore cache, ContentVersion version) : IContentChangeListener
{
    /// <summary>One item of <paramref name="kind"/> changed; for articles, pass its slug (and its old slug after a rename).</summary>
    public Task ChangedAsync(ContentKind kind, IEnumerable<string?> slugs) =>
        ClearAsync(CacheTags.ChangedBy(kind, slugs));

    /// <summary>Something shown only on these articles' own pages changed (an approved experience, say).</summary>
    public Task ArticlePagesChangedAsync(IEnumerable<string> slugs)
    {
        ArgumentNullException.ThrowIfNull(slugs);
        return ClearAsync(slugs.Distinct(StringComparer.Ordinal).Select(CacheTags.Article));
    }

    /// <summary>Another node saved a change that makes pages with these tags out of date.</summary>
    public Task ChangedElsewhereAsync(IEnumerable<string> tags) => ClearAsync(tags);

    /// <summary>
    /// The version moves on first, so pages still being rendered from before the change are not stored
    /// (<see cref="ContentVersionGuard"/>); then the pages are cleared; then the version moves on again, so a reader
    /// served an old page in between, with the middle version as its ETag, is sent the new page next time.
    /// The change is already saved, so this runs to the end even if the editor's request is cancelled.
    /// </summary>
    private async Task ClearAsync(IEnumerable<string> tags)
    {
        version.Changed();
        foreach (var tag in tags)
        {
            await cache.EvictByTagAsync(tag, CancellationToken.None);
        }

        version.Changed();
    }
}
