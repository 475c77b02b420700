using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using TherapyGuide.Web.Data;

namespace TherapyGuide.Web.Pictures;

/// <summary>
/// Serves the uploaded pictures at /media/{key}/{name}.{ext}. The address changes whenever the bytes would, so every
/// cache (the browser's, Varnish, a CDN) may keep a picture for a year without asking again.
/// </summary>
public static class PictureEndpoints
{
    public const string CacheControl = "public, max-age=31536000, immutable";

    /// <summary>
    /// For a picture opened on its own (an SVG above all): nothing in it may run or load, whatever it holds.
    /// Set by <see cref="Protection.SecurityHeaders"/> on every /media answer.
    /// </summary>
    public const string ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'";

    public static IEndpointRouteBuilder MapPictures(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapMethods("/media/{key}/{file}", [HttpMethods.Get, HttpMethods.Head], ServeAsync);
        return endpoints;
    }

    private static async Task<IResult> ServeAsync(string key, string file, HttpContext http, TherapyGuideDbContext db, PictureLibrary library, CancellationToken cancellationToken)
    {
        if (!MediaAddress.IsKey(key))
        {
            return Results.NotFound();
        }

        var picture = await db.Pictures.AsNoTracking().SingleOrDefaultAsync(p => p.AddressKey == key, cancellationToken);
        // Only the picture's own name answers: one address per picture, and nothing to guess from a key alone.
        if (picture is null || !string.Equals($"{picture.FileName}.{picture.Format.Extension()}", file, StringComparison.Ordinal))
        {
            return Results.NotFound();
        }

        var bytes = await library.BytesOfAsync(picture, cancellationToken);
        if (bytes is null)
        {
            return Results.NotFound();
        }

        http.Response.Headers.CacheControl = CacheControl;
        http.Response.Headers.XContentTypeOptions = "nosniff";
        // Shown, never offered as a download that the browser might open as something else.
        http.Response.Headers.ContentDisposition = $"inline; filename=\"{file}\"";
        return Results.Bytes(bytes, picture.ContentType, entityTag: new EntityTagHeaderValue($"\"{picture.Fingerprint}\""));
    }
}
