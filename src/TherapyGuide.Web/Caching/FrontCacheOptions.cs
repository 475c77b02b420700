namespace TherapyGuide.Web.Caching;

/// <summary>
/// Shared HTTP caches in front of the site (Varnish; see deploy/varnish): TherapyGuide:FrontCache. With no purge
/// address (the default), public pages tell every cache to ask again each time (<c>no-cache</c>) and nothing changes.
/// With one or more, public pages may be kept by those caches for <see cref="SharedMaxAgeSeconds"/>, each names what
/// it shows in an <c>xkey</c> header, and a save purges exactly those pages from every address listed.
/// </summary>
public sealed class FrontCacheOptions
{
    public const string Section = $"{TherapyGuideOptions.Section}:FrontCache";

    /// <summary>The front caches' addresses (http://varnish-1:6081); each is sent <c>PURGE /</c> with an <c>xkey-purge</c> header.</summary>
    public string[] PurgeAddresses { get; set; } = [];

    /// <summary>
    /// How long a front cache may keep a page (<c>s-maxage</c>); 600 seconds by default. A save purges the pages it
    /// changed at once; this is the bound on how long an old page can outlive a purge that never arrived.
    /// </summary>
    public int SharedMaxAgeSeconds { get; set; } = 600;

    /// <summary>How long past that a front cache may answer with the old page while it fetches a new one (30 s).</summary>
    public int StaleWhileRevalidateSeconds { get; set; } = 30;

    /// <summary>How long past that a front cache may answer with the old page while no node answers (one day).</summary>
    public int StaleIfErrorSeconds { get; set; } = 86_400;

    public bool Enabled => PurgeAddresses.Length > 0;

    /// <summary>The Cache-Control of a public page a front cache may keep: browsers still ask again every time.</summary>
    public string SharedCacheControl =>
        $"public, max-age=0, s-maxage={SharedMaxAgeSeconds}, stale-while-revalidate={StaleWhileRevalidateSeconds}, stale-if-error={StaleIfErrorSeconds}";
}
