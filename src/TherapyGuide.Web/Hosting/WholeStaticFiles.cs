using Microsoft.AspNetCore.StaticAssets;
using Microsoft.Net.Http.Headers;

namespace TherapyGuide.Web.Hosting;

/// <summary>
/// The site's own files (CSS, scripts, images) are always sent whole: a <c>Range</c> request gets 200 and the full
/// file, and no response offers <c>Accept-Ranges</c>. MapStaticAssets answers a range with 206 but sends the whole
/// file (or its pre-compressed copy) under a Content-Range that says otherwise, which breaks a client that trusts
/// it. Ignoring Range is allowed (RFC 9110 §14.2) and costs nothing here: every file is a few kilobytes.
/// </summary>
public sealed class WholeStaticFiles(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.GetEndpoint()?.Metadata.GetMetadata<StaticAssetDescriptor>() is not null)
        {
            context.Request.Headers.Remove(HeaderNames.Range);
            context.Request.Headers.Remove(HeaderNames.IfRange);
            context.Response.OnStarting(() =>
            {
                context.Response.Headers.Remove(HeaderNames.AcceptRanges);
                return Task.CompletedTask;
            });
        }

        return next(context);
    }
}
