namespace TherapyGuide.Web.Protection;

/// <summary>
/// Puts the browser's protections on every response, error pages and cached pages included: a Content-Security-Policy
/// that runs only the site's own script and style files (no inline script or style, no eval, never framed), no MIME
/// sniffing, no address sent to other sites, and no access to the camera, microphone or location.
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next)
{
    /// <summary>
    /// The same for every page and every reader, so that cached pages stay valid: no per-request nonce.
    /// site.js adds its print margins through the CSSOM (insertRule), which style-src 'self' allows;
    /// the JSON-LD block is data, which script-src does not govern.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; "
        + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public const string PermissionsPolicy =
        "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";

    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        // Set as the response starts, because the exception handler clears the headers of a failed response.
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = IsUploadedPicture(context) ? Pictures.PictureEndpoints.ContentSecurityPolicy : ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            // A search address names an illness; other sites learn nothing of where a reader came from.
            headers["Referrer-Policy"] = "same-origin";
            headers["Permissions-Policy"] = PermissionsPolicy;
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            return Task.CompletedTask;
        });
        return next(context);
    }

    /// <summary>
    /// An uploaded picture, which opened on its own (an SVG) may run and load nothing at all. The error page for an
    /// unknown /media address is a page like any other, and keeps the site's policy and its stylesheet.
    /// </summary>
    private static bool IsUploadedPicture(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/media", StringComparison.OrdinalIgnoreCase)
        && context.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) != true;
}
