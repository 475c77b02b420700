using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TherapyGuide.Web.Data;
using TherapyGuide.Web.Impact;

namespace TherapyGuide.Tests.Impact;

/// <summary>Reads the page view counts as the store holds them, after the site has written what it counted in memory.</summary>
public static class ImpactSite
{
    public const string Browser = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36";

    /// <summary>A reader's client: a browser's User-Agent (requests without one are not counted), no redirects followed.</summary>
    public static HttpClient Reader(TestSite site)
    {
        var client = site.CreateClient(new() { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.UserAgent.ParseAdd(Browser);
        return client;
    }

    /// <summary>Writes what the site has counted so far, then reads every page's total from the store.</summary>
    public static async Task<Dictionary<string, long>> CountsAsync(TestSite site)
    {
        await site.Services.GetRequiredService<PageViewCounter>().FlushAsync(CancellationToken.None);
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TherapyGuideDbContext>();
        return await db.PageViewCounts.GroupBy(v => v.Path).Select(g => new { g.Key, Count = g.Sum(v => v.Count) })
            .ToDictionaryAsync(g => g.Key, g => g.Count, StringComparer.Ordinal);
    }

    /// <summary>What the counts grew by between two readings, only the pages that grew.</summary>
    public static Dictionary<string, long> Growth(Dictionary<string, long> before, Dictionary<string, long> after) =>
        after.Select(entry => (entry.Key, Grown: entry.Value - before.GetValueOrDefault(entry.Key)))
            .Where(entry => entry.Grown != 0)
            .ToDictionary(entry => entry.Key, entry => entry.Grown, StringComparer.Ordinal);
}
