using Microsoft.AspNetCore.OutputCaching;
using TherapyGuide.Web.Caching;

namespace TherapyGuide.Web.Hosting;

/// <summary>
/// The site's registrations, one short file per concern (eShop-style), so that Program.cs reads as a few lines and
/// a newcomer can read the host top to bottom. The middleware is in <see cref="TherapyGuidePipeline"/>.
/// </summary>
public static class TherapyGuideApplication
{
    public const string ConnectionStringName = "TherapyGuide";

    /// <summary>Rate-limit policy for sign-in attempts.</summary>
    public const string SignInRateLimit = "sign-in";

    /// <summary>Rate-limit policy for searches the output cache cannot answer.</summary>
    public const string SearchRateLimit = "search";

    /// <summary>Rate-limit policy for readers' forms ("Was this page helpful?", "Share your experience").</summary>
    public const string ReaderFormsRateLimit = "reader-forms";

    /// <param name="builder">The web application builder.</param>
    /// <param name="quiet">Log warnings and errors only, as operator commands do.</param>
    public static WebApplicationBuilder AddTherapyGuide(this WebApplicationBuilder builder, bool quiet = false)
    {
        ArgumentNullException.ThrowIfNull(builder);

        // wwwroot/ lives at the repository root. A build maps it through the static web assets manifest,
        // which ASP.NET Core reads only in Development unless asked; a publish copies the files instead
        // and has no manifest, so this is a no-op there.
        builder.WebHost.UseStaticWebAssets();

        builder.AddSiteLogging(quiet);
        builder.AddStore(quiet);
        builder.AddContentServices();
        builder.AddAccounts();
        builder.AddPublicCaching();
        builder.AddLinkChecking();
        builder.AddRequestProtection();
        builder.AddPages();
        builder.AddImpact();
        builder.AddPictures();
        return builder;
    }

    /// <summary>Whether an address is in the editors' area (/admin), which is never cached or compressed and needs HTTPS when deployed.</summary>
    public static bool IsEditorsArea(PathString path) => path.StartsWithSegments("/admin", StringComparison.OrdinalIgnoreCase);

    /// <summary>The output-cache metadata of a public endpoint that shows content with these tags and reads these query parameters (none by default).</summary>
    public static OutputCacheAttribute CachedUntilChanged(IEnumerable<string> tags, IEnumerable<string>? query = null) =>
        new() { PolicyName = PublicPagesCachePolicy.Name, Tags = [.. tags], VaryByQueryKeys = [.. query ?? []] };

    /// <summary>Whether public pages are served from the output cache (TherapyGuide:OutputCache, on unless set false).</summary>
    public static bool CachesPages(IConfiguration configuration) => Setting(configuration, nameof(TherapyGuideOptions.OutputCache));

    /// <summary>
    /// A switch from the TherapyGuide section (see <see cref="TherapyGuideOptions"/>), on unless set false, for the few
    /// registrations that must choose before the options can be read.
    /// </summary>
    internal static bool Setting(IConfiguration configuration, string name) =>
        configuration.GetValue($"{TherapyGuideOptions.Section}:{name}", true);
}
