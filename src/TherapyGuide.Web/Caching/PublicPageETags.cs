using Microsoft.Net.Http.Headers;

namespace TherapyGuide.Web.Caching;

/// <summary>
/// Public pages carry the content version as their ETag; a reader whose copy is current gets 304 and no body.
/// The editors' area, whose pages differ per person, is left alone.
/// </summary>
public sealed class PublicPageETags(RequestDelegate next, ContentVersion version)
{
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method)
            || request.Path.StartsWithSegments("/admin", StringComparison.OrdinalIgnoreCase)
            || request.Path.StartsWithSegments("/healthz", StringComparison.OrdinalIgnoreCase)
            || Path.HasExtension(request.Path.Value) && !request.Path.Value!.EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
        {
            return next(context);
        }

        var etag = version.ETag;
        if (request.Headers.IfNoneMatch.Any(value => value is not null && value.Split(',').Any(tag => tag.Trim() == etag)))
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            context.Response.Headers.ETag = etag;
            return Task.CompletedTask;
        }

        context.Response.OnStarting(() =>
        {
            if (context.Response.StatusCode == StatusCodes.Status200OK && !context.Response.Headers.ContainsKey(HeaderNames.SetCookie))
            {
                context.Response.Headers.ETag = etag;
                context.Response.Headers.CacheControl = "no-cache";
                // Compressed or not, a page depends on Accept-Encoding: a shared cache must not give one reader's copy to another.
                if (!context.Response.Headers.Vary.Any(value => value is not null && value.Contains(HeaderNames.AcceptEncoding, StringComparison.OrdinalIgnoreCase)))
                {
                    context.Response.Headers.Append(HeaderNames.Vary, HeaderNames.AcceptEncoding);
                }
            }

            return Task.CompletedTask;
        });
        return next(context);
    }
}
