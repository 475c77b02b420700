using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace TherapyGuide.Web.Caching;

/// <summary>
/// Where front caches are configured: a page this node's own cache may keep (the framework's rules and the public
/// pages' policy agree, and the page has added its own tags) names its cache tags in an <c>xkey</c> header before it is
/// rendered, so its cached copy carries the header too. The header marks a page a front cache may keep;
/// <see cref="PublicPageETags"/> then sends the shared Cache-Control, unless a save came while the page was made.
/// A form's answer, a page for a signed-in editor and every page without <c>[OutputCache]</c> carry no header.
/// </summary>
public sealed class FrontCacheHeaders(IOptions<TherapyGuideOptions> options) : IAsyncPageFilter, IEndpointFilter
{
    /// <summary>The response header Varnish's xkey module reads: the page's tags, separated by spaces.</summary>
    public const string Tags = "xkey";

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var executed = await next();
        if (executed.Exception is null && executed.Result is null or PageResult)
        {
            Mark(context.HttpContext);
        }
    }

    /// <summary>The same for the feed and the sitemap, which are endpoints of their own, not pages.</summary>
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var result = await next(context);
        Mark(context.HttpContext);
        return result;
    }

    private void Mark(HttpContext http)
    {
        if (options.Value.FrontCache.Enabled
            && http.Features.Get<IOutputCacheFeature>()?.Context is { AllowCacheStorage: true, Tags.Count: > 0 } cache)
        {
            http.Response.Headers[Tags] = string.Join(' ', cache.Tags.Order(StringComparer.Ordinal));
        }
    }
}
