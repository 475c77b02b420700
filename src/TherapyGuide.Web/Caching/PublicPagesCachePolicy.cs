using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;

namespace TherapyGuide.Web.Caching;

/// <summary>
/// The output-cache policy of public pages, named on each page with the framework's attribute:
/// <c>[OutputCache(PolicyName = PublicPagesCachePolicy.Name, Tags = [CacheTags.…], VaryByQueryKeys = […])]</c>.
/// The tags (see <see cref="CacheTags"/>) name what a page shows; a page that shows one item adds that item's tag
/// itself. Pages without the attribute are not cached.
/// </summary>
public static class PublicPagesCachePolicy
{
    public const string Name = "public";

    public static void Build(OutputCachePolicyBuilder policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        policy
            // TherapyGuide:OutputCache false (the benchmark, measuring rendering) leaves every page uncached.
            .With(context => context.HttpContext.RequestServices.GetRequiredService<IOptions<TherapyGuideOptions>>().Value.OutputCache)
            .Expire(TimeSpan.FromHours(1))
            .Tag(CacheTags.AnyPage)
            // Only the query parameters a page names (VaryByQueryKeys) get copies of their own; any other
            // (?utm_source=…, made-up ones) shares the page's one copy rather than filling the cache.
            .SetVaryByQuery([])
            .AddPolicy<ContentVersionGuard>()
            // The cache sits outside compression and keeps each page once per encoding, compressed once.
            .VaryByValue(context => new("encoding", CompressionChosenFor(context)));
    }

    /// <summary>The encoding the compression middleware will use for this request: the cache keeps a copy per encoding.</summary>
    private static string CompressionChosenFor(HttpContext context)
    {
        var compression = context.RequestServices.GetRequiredService<IResponseCompressionProvider>();
        return compression.CheckRequestAcceptsCompression(context)
            ? compression.GetCompressionProvider(context)?.EncodingName ?? "identity"
            : "identity";
    }
}
