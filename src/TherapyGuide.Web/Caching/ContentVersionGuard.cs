using Microsoft.AspNetCore.OutputCaching;

namespace TherapyGuide.Web.Caching;

/// <summary>
/// Part of the public pages' cache policy: a page whose rendering began before a save and ended after it is sent to
/// its reader but never stored, so a save can never be hidden behind an older page that finished late; and while a
/// node cannot hear the other nodes' changes (<see cref="ICacheCoherence"/>), pages are neither served from its cache
/// nor stored in it.
/// </summary>
public sealed class ContentVersionGuard(ContentVersion version, ICacheCoherence coherence) : IOutputCachePolicy
{
    private static readonly object _startedAt = new();

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!coherence.InStep)
        {
            context.AllowCacheLookup = false;
            context.AllowCacheStorage = false;
        }

        context.HttpContext.Items[_startedAt] = version.ETag;
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.HttpContext.Items[_startedAt] is not string started || started != version.ETag || !coherence.InStep)
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }
}
