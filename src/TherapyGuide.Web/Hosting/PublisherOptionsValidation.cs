using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace TherapyGuide.Web.Hosting;

/// <summary>
/// Checks TherapyGuide:Publisher when the site starts: a contact address that cannot be written to would be printed
/// on every page, so a wrong one stops the start with a message naming the setting.
/// </summary>
public sealed partial class PublisherOptionsValidation : IValidateOptions<TherapyGuideOptions>
{
    public const string Section = $"{TherapyGuideOptions.Section}:Publisher";

    public ValidateOptionsResult Validate(string? name, TherapyGuideOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var publisher = options.Publisher;
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(publisher.Name))
        {
            failures.Add($"{Section}:Name must be set to who publishes the site, such as \"TherapyGuide editorial team\".");
        }

        if (!IsEmailAddress(publisher.ContactEmail))
        {
            failures.Add($"{Section}:ContactEmail must be an email address readers can write to, such as editors@example.org; it is \"{publisher.ContactEmail}\".");
        }

        if (!string.IsNullOrWhiteSpace(publisher.Url)
            && !(Uri.TryCreate(publisher.Url, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp)))
        {
            failures.Add($"{Section}:Url must be an address starting with https:// or http://; it is \"{publisher.Url}\".");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>
    /// A bare address (name@example.org) that a mailto: link carries as it is: no display name, no spaces, and none of
    /// the characters that would start a query (?subject=…) or a fragment in the link.
    /// </summary>
    public static bool IsEmailAddress(string? value) => value is not null && EmailAddress().IsMatch(value);

    [GeneratedRegex(@"^[A-Za-z0-9._+'-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")]
    private static partial Regex EmailAddress();
}
