namespace TherapyGuide.Web.Content.Links;

/// <summary>
/// Reads a link's address as a browser on the page that shows it would: a path inside the site, a page on another
/// site, an address no browser should follow, or one (mailto:, tel:) that is not a page at all. Never throws, whatever
/// an editor wrote.
/// </summary>
public static class LinkAddress
{
    /// <summary>Longer addresses are reported rather than read: no real page needs one, and parsing them costs.</summary>
    public const int MaxLength = 2_000;

    // A host no address can name, so that a relative address is read against it and is recognised as the site's own.
    private const string SiteHost = "site.invalid";

    private static readonly string[] _notPages = ["mailto", "tel", "sms"];

    /// <param name="page">The public path of the page that shows the link (/articles/fever).</param>
    /// <param name="address">The address as written.</param>
    /// <param name="siteHosts">The site's own host names (from its public address), whose absolute links are internal.</param>
    public static LinkTarget Read(string page, string address, IReadOnlySet<string> siteHosts)
    {
        ArgumentNullException.ThrowIfNull(address);
        ArgumentNullException.ThrowIfNull(siteHosts);
        var written = address.Trim();
        if (written.Length == 0)
        {
            return new LinkTarget.Broken("the address is empty");
        }

        if (written.Length > MaxLength)
        {
            return new LinkTarget.Broken("the address is too long");
        }

        Uri? uri;
        try
        {
            if (!Uri.TryCreate(new Uri($"https://{SiteHost}{page}"), written, out uri))
            {
                return new LinkTarget.Broken("the address is malformed");
            }
        }
        catch (UriFormatException)
        {
            return new LinkTarget.Broken("the address is malformed");
        }

        if (_notPages.Contains(uri.Scheme))
        {
            return new LinkTarget.NotAPage();
        }

        if (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
        {
            return new LinkTarget.Broken($"not a web address ({uri.Scheme}:)");
        }

        if (uri.Host == SiteHost || siteHosts.Contains(uri.Host))
        {
            var path = Publishing.PublicAddress.NormalPath(Uri.UnescapeDataString(uri.AbsolutePath));
            var fragment = uri.Fragment.Length > 1 ? Uri.UnescapeDataString(uri.Fragment[1..]) : "";
            return new LinkTarget.Internal(path, fragment);
        }

        return new LinkTarget.External(uri);
    }
}
