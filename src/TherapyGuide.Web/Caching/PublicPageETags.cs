using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace TherapyGuide.Web.Caching;

/// <summary>
/// Public pages carry the content version as their ETag; a reader whose copy is current gets 304 and no body.
/// The editors' area, whose pages differ per person, is left alone; so is every page while this node is out of step
/// with the others (<see cref="ICacheCoherence"/>). A page marked for the front caches (<see cref="FrontCacheHeaders"/>)
/// tells them how long they may keep it (<see cref="FrontCacheOptions.SharedCacheControl"/>); every other page tells
/// every cache to ask again each time.
/// </summary>
public sealed class PublicPageETags(RequestDelegate next, ContentVersion version, ICacheCoherence coherence, IOptions<TherapyGuideOptions> options)
{
    /// <summary>The feed, the sitemap and robots.txt: content of the site's own, though their addresses end like files'.</summary>
    private static bool IsDiscoverability(string path) =>
        path.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || path.Equals("/robots.txt", StringComparison.OrdinalIgnoreCase);

    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method)
            || request.Path.StartsWithSegments("/admin", StringComparison.OrdinalIgnoreCase)
            || request.Path.StartsWithSegments("/healthz", StringComparison.OrdinalIgnoreCase)
            || Path.HasExtension(request.Path.Value) && !IsDiscoverability(request.Path.Value!))
        {
            return next(context);
        }

        // A node that may have missed another node's change cannot vouch that a reader's copy is current: no ETag, no 304.
        var etag = coherence.InStep ? version.ETag : null;
        if (etag is not null && request.Headers.IfNoneMatch.Any(value => value is not null && value.Split(',').Any(tag => tag.Trim() == etag)))
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            context.Response.Headers.ETag = etag;
            return Task.CompletedTask;
        }

        context.Response.OnStarting(() =>
        {
            if (context.Response.StatusCode == StatusCodes.Status200OK && !context.Response.Headers.ContainsKey(HeaderNames.SetCookie))
            {
                if (etag is not null)
                {
                    context.Response.Headers.ETag = etag;
                }

                // A page a front cache may keep, made with no save in between (else it may show what was just replaced).
                var front = options.Value.FrontCache;
                var shared = front.Enabled && etag is not null && etag == version.ETag && context.Response.Headers.ContainsKey(FrontCacheHeaders.Tags);
                context.Response.Headers.CacheControl = shared ? front.SharedCacheControl : "no-cache";
                if (!shared)
                {
                    context.Response.Headers.Remove(FrontCacheHeaders.Tags);
                }
                // Compressed or not, a page depends on Accept-Encoding: a shared cache must not give one reader's copy to another.
                if (!context.Response.Headers.Vary.Any(value => value is not null && value.Contains(HeaderNames.AcceptEncoding, StringComparison.OrdinalIgnoreCase)))
                {
                    context.Response.Headers.Append(HeaderNames.Vary, HeaderNames.AcceptEncoding);
                }
            }
            else
            {
                context.Response.Headers.Remove(FrontCacheHeaders.Tags);
            }

            return Task.CompletedTask;
        });
        return next(context);
    }
}
