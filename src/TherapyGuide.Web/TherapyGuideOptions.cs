using TherapyGuide.Web.Protection;

namespace TherapyGuide.Web;

/// <summary>Settings bound from the "TherapyGuide" configuration section.</summary>
public sealed class TherapyGuideOptions
{
    public const string Section = "TherapyGuide";

    /// <summary>The site's name, shown in the header, titles and printouts.</summary>
    public string SiteName { get; set; } = "TherapyGuide";

    /// <summary>Who publishes the site and how readers contact them, shown on /about and in every page's footer.</summary>
    public PublisherOptions Publisher { get; set; } = new();

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

    /// <summary>
    /// Require HTTPS, as wherever the site is deployed (on by default): plain http is redirected, HSTS is sent, cookies
    /// are Secure-only and the editors' area refuses plain http. Off on a developer's machine
    /// (appsettings.Development.json) and in the tests, which serve plain http.
    /// </summary>
    public bool RequireHttps { get; set; } = true;

    /// <summary>
    /// Record the methods compiled while the site starts, beside the store, so a spare core compiles them ahead of need
    /// at the next start (on by default). The tests, which start many sites in one process, turn it off.
    /// </summary>
    public bool StartupProfile { get; set; } = true;

    /// <summary>Import from the content folder on start what the store has never had (on by default).</summary>
    public bool SeedOnStart { get; set; } = true;

    /// <summary>Requests per client address per minute, by kind.</summary>
    public RateLimitOptions RateLimits { get; set; } = new();

    /// <summary>How wrong passwords at sign-in are held back.</summary>
    public Accounts.SignInLimitOptions SignIn { get; set; } = new();

    /// <summary>The largest requests the site accepts.</summary>
    public RequestLimitOptions Limits { get; set; } = new();

    /// <summary>The key that encrypts the sign-in key ring at rest.</summary>
    public KeyRingOptions KeyRing { get; set; } = new();

    /// <summary>Shared HTTP caches in front of the site, purged on every save (none by default).</summary>
    public Caching.FrontCacheOptions FrontCache { get; set; } = new();

    /// <summary>Which changes need a reviewer's approval before readers see them (safety-critical ones by default).</summary>
    public Content.Review.ReviewOptions Review { get; set; } = new();

    /// <summary>How the editors' link checker treats links to other sites (not asked, by default).</summary>
    public Content.Links.LinkCheckOptions LinkCheck { get; set; } = new();

    /// <summary>Where uploaded pictures are kept (the store, by default) and how large they may be.</summary>
    public Pictures.PictureOptions Pictures { get; set; } = new();

    /// <summary>Days "Was this page helpful?" answers and their comments are kept (365 by default).</summary>
    public int FeedbackRetentionDays { get; set; } = 365;

    /// <summary>Days rejected or hidden experiences are kept after an editor's decision (30 by default).</summary>
    public int SetAsideExperienceRetentionDays { get; set; } = 30;

    /// <summary>How long readers' feedback is kept, in words: "12 months" for 365 days, else "N days".</summary>
    public string FeedbackKept => FeedbackRetentionDays % 365 == 0
        ? $"{FeedbackRetentionDays / 365 * 12} months"
        : $"{FeedbackRetentionDays} days";

    /// <summary>
    /// An email address readers can write to about what they sent, shown on /privacy. Empty: readers are asked to
    /// use the feedback form on that page instead.
    /// </summary>
    public string? PrivacyContact { get; set; }
}
