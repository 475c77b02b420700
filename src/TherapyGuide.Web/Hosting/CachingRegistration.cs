using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TherapyGuide.Web.Caching;
using TherapyGuide.Web.Content;

namespace TherapyGuide.Web.Hosting;

/// <summary>
/// Public pages kept in the output cache, compressed once per encoding, until content they show changes; the cache
/// hears of changes as an <see cref="IContentChangeListener"/>, so a second cache plugs in beside it here.
/// </summary>
public static class CachingRegistration
{
    public static WebApplicationBuilder AddPublicCaching(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddSingleton<ContentVersion>();
        // One node unless the store registered a way to hear the others (PostgreSqlChangeFeed).
        services.TryAddSingleton<ICacheCoherence, SingleNode>();
        services.AddSingleton<PublicPageCache>();
        // Shared HTTP caches in front (TherapyGuide:FrontCache), purged on every save; none by default.
        services.AddSingleton<IValidateOptions<TherapyGuideOptions>, FrontCacheValidation>();
        services.AddSingleton<FrontCachePurge>();
        // Its failures are logged once, as errors, by FrontCachePurge itself.
        services.AddHttpClient(nameof(FrontCachePurge)).RemoveAllLoggers();
        services.AddSingleton<IContentChangeListener>(provider => provider.GetRequiredService<PublicPageCache>());
        services.AddResponseCompression(options =>
        {
            // Public pages carry no secret beside reflected input, so compressing them over HTTPS is safe (no BREACH);
            // the editors' pages, which do, are never compressed (see TherapyGuidePipeline).
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes
                .Concat(["image/svg+xml", "application/atom+xml", "application/xml"]);
        });
        services.AddOutputCache(options =>
        {
            // Bounded, so that a crawl over thousands of articles cannot grow the process without limit.
            options.SizeLimit = 32L * 1024 * 1024;
            options.AddPolicy(PublicPagesCachePolicy.Name, PublicPagesCachePolicy.Build);
        });
        return builder;
    }
}
