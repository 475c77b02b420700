namespace TherapyGuide.Web.Hosting;

/// <summary>Settings bound from the "TherapyGuide" configuration section.</summary>
public sealed class TherapyGuideOptions
{
    public const string Section = "TherapyGuide";

    /// <summary>The site's name, shown in the header, titles and printouts.</summary>
    public string SiteName { get; set; } = "TherapyGuide";

    /// <summary>
    /// Folder holding the source content (articles/*.md and the YAML files). Empty: the nearest
    /// data/content above the content root, else the copy published beside the app.
    /// </summary>
    public string? ContentPath { get; set; }

    /// <summary>
    /// The site's public address, such as https://therapyguide.example, for canonical links, the sitemap and
    /// the feed. Empty: the scheme and host of each request.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>Serve public pages from the output cache (on by default; the benchmark turns it off to measure rendering).</summary>
    public bool OutputCache { get; set; } = true;

    /// <summary>Import from the content folder on start what the store has never had (on by default).</summary>
    public bool SeedOnStart { get; set; } = true;

    /// <summary>Requests per client address per minute, by kind.</summary>
    public RateLimitOptions RateLimits { get; set; } = new();

    /// <summary>The largest requests the site accepts.</summary>
    public RequestLimitOptions Limits { get; set; } = new();
}
