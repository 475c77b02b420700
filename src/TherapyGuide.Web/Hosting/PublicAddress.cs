using Microsoft.Extensions.Options;

namespace TherapyGuide.Web.Hosting;

/// <summary>Builds full addresses from the configured public base address, or from the request.</summary>
public sealed class PublicAddress(IOptions<TherapyGuideOptions> options)
{
    public string BaseUrl(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var configured = options.Value.PublicBaseUrl;
        return string.IsNullOrWhiteSpace(configured)
            ? $"{request.Scheme}://{request.Host}{request.PathBase}"
            : configured.TrimEnd('/');
    }

    public string For(HttpRequest request, string path) => BaseUrl(request) + path;
}
