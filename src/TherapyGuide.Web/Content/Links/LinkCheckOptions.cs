namespace TherapyGuide.Web.Content.Links;

/// <summary>
/// How the editors' link checker treats addresses on other sites: TherapyGuide:LinkCheck. Links inside the site are
/// always checked, against the content itself; links to other sites only when <see cref="External"/> is on.
/// </summary>
public sealed class LinkCheckOptions
{
    /// <summary>
    /// Ask other sites whether their pages still exist (off by default: a closed network has no internet, and every
    /// link would only time out). Addresses that lead to private, loopback or link-local networks are never asked.
    /// </summary>
    public bool External { get; set; }

    /// <summary>How long one request to another site may take before the link is reported as timed out (10 s).</summary>
    public int TimeoutSeconds { get; set; } = 10;

    /// <summary>How long another site's answer is trusted before it is asked again (24 hours).</summary>
    public int CacheHours { get; set; } = 24;
}
