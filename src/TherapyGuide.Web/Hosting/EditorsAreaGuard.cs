namespace TherapyGuide.Web.Hosting;

/// <summary>
/// Editors' pages hold private drafts and tokens: never stored by a browser or a proxy. Where the site requires HTTPS
/// (TherapyGuide:RequireHttps) their cookies are Secure-only, so over plain http (no TLS proxy in front) they answer
/// 403, and the error page says why.
/// </summary>
/// <param name="next">The rest of the pipeline.</param>
/// <param name="requireHttps">Refuse the editors' area over plain http.</param>
public sealed class EditorsAreaGuard(RequestDelegate next, bool requireHttps)
{
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (TherapyGuideApplication.IsEditorsArea(context.Request.Path))
        {
            // The same words antiforgery uses, so that it has nothing to override (and warn about).
            context.Response.Headers.CacheControl = "no-cache, no-store";
            context.Response.Headers.Pragma = "no-cache";
            if (requireHttps && !context.Request.IsHttps)
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            }
        }

        return next(context);
    }
}
