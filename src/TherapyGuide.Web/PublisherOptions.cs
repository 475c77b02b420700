namespace TherapyGuide.Web;

/// <summary>
/// Who stands behind the site (TherapyGuide:Publisher): named on /about, in every page's footer and in the pages'
/// structured data, so that readers can judge the information and know whom to write to.
/// </summary>
public sealed class PublisherOptions
{
    /// <summary>The person or organisation that publishes the site, such as "TherapyGuide editorial team".</summary>
    public string Name { get; set; } = "TherapyGuide editorial team";

    /// <summary>
    /// The email address readers can write to about the site (never about their own care). Required; it must look like
    /// an email address, or the site does not start.
    /// </summary>
    public string ContactEmail { get; set; } = "";

    /// <summary>A postal address for the publisher, shown on /about. Empty: none is shown.</summary>
    public string? Address { get; set; }

    /// <summary>The publisher's own web site, an absolute http(s) address, shown on /about. Empty: none is shown.</summary>
    public string? Url { get; set; }
}
