using Microsoft.Extensions.Options;

namespace TherapyGuide.Web.Caching;

/// <summary>Checks TherapyGuide:FrontCache when the site starts: a purge address that cannot be reached is no use, and a silent one leaves old pages in front.</summary>
public sealed class FrontCacheValidation : IValidateOptions<TherapyGuideOptions>
{
    public ValidateOptionsResult Validate(string? name, TherapyGuideOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var front = options.FrontCache;
        var failures = new List<string>();
        foreach (var address in front.PurgeAddresses)
        {
            if (!(Uri.TryCreate(address, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)))
            {
                failures.Add($"{FrontCacheOptions.Section}:PurgeAddresses must hold addresses starting with http:// or https://, such as http://127.0.0.1:6081; one is \"{address}\".");
            }
        }

        if (front.SharedMaxAgeSeconds < 1 || front.StaleWhileRevalidateSeconds < 0 || front.StaleIfErrorSeconds < 0)
        {
            failures.Add($"{FrontCacheOptions.Section}: SharedMaxAgeSeconds must be 1 or more, StaleWhileRevalidateSeconds and StaleIfErrorSeconds 0 or more.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
