using Microsoft.AspNetCore.Razor.TagHelpers;

namespace TherapyGuide.Web.Languages;

/// <summary>
/// Keeps a reader in their language: on a Spanish page, a link or form written with the English address
/// ("/side-effects") goes to the Spanish one ("/es/side-effects"). Views write every address once, in English.
/// Addresses of files (pictures, styles, scripts), the editors' area and the site-wide files are left alone, and so is
/// a link that names its own language with <c>hreflang</c> (the language switch).
/// </summary>
[HtmlTargetElement("a", Attributes = "href")]
[HtmlTargetElement("form", Attributes = "action")]
public sealed class LanguageLinkTagHelper : TagHelper
{
    private static readonly string[] _sameInEveryLanguage =
        ["/admin", "/media/", "/css/", "/js/", "/img/", "/lib/", "/healthz", "/sitemap.xml", "/robots.txt", "/favicon"];

    [HtmlAttributeName("href")]
    public string? Href { get; set; }

    [HtmlAttributeName("action")]
    public string? Action { get; set; }

    /// <summary>Runs after the framework's own tag helpers, which may have written the address.</summary>
    public override int Order => 1000;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);
        var (name, value) = output.TagName == "form" ? ("action", Action) : ("href", Href);
        output.Attributes.SetAttribute(name, For(SiteLanguage.Current, value, output.Attributes.ContainsName("hreflang")));
    }

    /// <summary>The address <paramref name="address"/> has in <paramref name="language"/>'s pages.</summary>
    public static string? For(SiteLanguage language, string? address, bool namesItsLanguage = false)
    {
        ArgumentNullException.ThrowIfNull(language);
        if (language.IsOriginal || namesItsLanguage || !IsOwnPage(address))
        {
            return address;
        }

        return SiteLanguage.Split(address).Language.IsOriginal ? language.PathFor(address!) : address;
    }

    private static bool IsOwnPage(string? address) =>
        address is { Length: > 0 } && address[0] == '/' && (address.Length == 1 || address[1] is not ('/' or '\\'))
        && !_sameInEveryLanguage.Any(prefix => address.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));
}
