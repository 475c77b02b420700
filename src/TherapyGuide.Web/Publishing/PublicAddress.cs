using System.Text;
using Microsoft.Extensions.Options;

namespace TherapyGuide.Web.Publishing;

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

    /// <summary>
    /// A page's address in its one normal form: lower case, no trailing slash. Requests in any other form are sent
    /// here (<see cref="Hosting.LowercaseAddresses"/>), and canonical links and printed addresses are built from it, so that
    /// what one reader typed never shows on another reader's (cached) page.
    /// </summary>
    public static string NormalPath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var trimmed = path.Length > 1 ? path.TrimEnd('/') : path;
        if (trimmed.Length == 0)
        {
            return "/";
        }

        // Escapes the server left encoded (%2F) are the same in either case: kept as they are.
        var normal = new StringBuilder(trimmed.Length);
        for (var i = 0; i < trimmed.Length; i++)
        {
            if (trimmed[i] == '%' && i + 2 < trimmed.Length)
            {
                normal.Append(trimmed, i, 3);
                i += 2;
            }
            else
            {
                normal.Append(char.ToLowerInvariant(trimmed[i]));
            }
        }

        return normal.ToString();
    }
}
