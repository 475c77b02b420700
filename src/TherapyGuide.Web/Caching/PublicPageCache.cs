using Microsoft.AspNetCore.OutputCaching;
using TherapyGuide.Web.Content;

namespace TherapyGuide.Web.Caching;

/// <summary>
/// Makes a change visible to readers at their very next request: clears the cached pages that show what changed
/// (and only those) and moves the ETag on, so a reader's browser asks again too; then tells the site's other nodes, if
/// any (<see cref="IChangeBroadcast"/>), which do the same; and last purges those pages from the front caches, if any
/// (<see cref="FrontCachePurge"/>), so that what they fetch again is new everywhere. Hears of changes through <see cref="ContentChanges"/>, so
/// the content core does not depend on this cache.
/// </summary>
public sealed class PublicPageCache(IOutputCacheStore cache, ContentVersion version, IEnumerable<IChangeBroadcast> broadcasts, FrontCachePurge front) : IContentChangeListener
{
    /// <summary>One item of <paramref name="kind"/> changed; for articles, pass its slug (and its old slug after a rename).</summary>
    public Task ChangedAsync(ContentKind kind, IEnumerable<string?> slugs) =>
        ClearAsync(CacheTags.ChangedBy(kind, slugs));

    /// <summary>Something shown only on these articles' own pages changed (an approved experience, say).</summary>
    public Task ArticlePagesChangedAsync(IEnumerable<string> slugs)
    {
        ArgumentNullException.ThrowIfNull(slugs);
        return ClearAsync([.. slugs.Distinct(StringComparer.Ordinal).Select(CacheTags.Article)]);
    }

    /// <summary>
    /// The version moves on first, so pages still being rendered from before the change are not stored
    /// (<see cref="ContentVersionGuard"/>); then the pages are cleared; then the version moves on again, so a reader
    /// served an old page in between, with the middle version as its ETag, is sent the new page next time.
    /// The change is already saved, so this runs to the end even if the editor's request is cancelled.
    /// </summary>
    private async Task ClearAsync(IReadOnlyList<string> tags)
    {
        var before = await version.ChangedAsync();
        await EvictAsync(tags);
        var after = await version.ChangedAsync();
        var everyNodeCleared = true;
        foreach (var broadcast in broadcasts)
        {
            everyNodeCleared &= await broadcast.SendAsync(tags, before, after);
        }

        await front.PurgeAsync(tags, everyNodeCleared);
    }

    /// <summary>
    /// Another node changed what pages with these tags show, counting <paramref name="before"/> and
    /// <paramref name="after"/> in the store: this node takes the same steps with the same numbers, so its pages carry
    /// the same ETags as the other node's.
    /// </summary>
    public async Task ChangedElsewhereAsync(IEnumerable<string> tags, long before, long after)
    {
        version.Heard(before);
        await EvictAsync(tags);
        version.Heard(after);
    }

    /// <summary>
    /// This node may have missed changes (it starts listening, or listens again): every page is cleared, and the
    /// count read from the store.
    /// </summary>
    public async Task ForgetEverythingAsync(CancellationToken cancellationToken)
    {
        await version.LoadAsync(cancellationToken);
        await EvictAsync([CacheTags.AnyPage]);
        await version.LoadAsync(cancellationToken);
    }

    private async Task EvictAsync(IEnumerable<string> tags)
    {
        foreach (var tag in tags)
        {
            await cache.EvictByTagAsync(tag, CancellationToken.None);
        }
    }
}
