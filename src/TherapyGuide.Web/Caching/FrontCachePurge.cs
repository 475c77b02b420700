using Microsoft.Extensions.Options;

namespace TherapyGuide.Web.Caching;

/// <summary>
/// Purges the pages a save made out of date from the front caches (TherapyGuide:FrontCache:PurgeAddresses): one
/// <c>PURGE /</c> per address, naming the pages' tags in an <c>xkey-purge</c> header, which the Varnish configuration
/// in deploy/varnish hands to the xkey module. It runs after the other nodes have heard of the change
/// (<see cref="PublicPageCache"/>), so a front cache that fetches the page again gets the new one; when some node did
/// not say in time that it had, once more a few seconds later, so an old page that node served meanwhile goes too
/// (each purge makes the front fetch every page it names again, so it is not repeated without need). A purge that fails is tried twice more and then
/// logged as an error: the old page then lives in that front cache until its <c>s-maxage</c> runs out.
/// </summary>
public sealed partial class FrontCachePurge(IHttpClientFactory clients, IOptions<TherapyGuideOptions> options, ILogger<FrontCachePurge> logger)
{
    /// <summary>The request header that names the tags to purge (deploy/varnish/therapyguide.vcl reads it).</summary>
    public const string TagsHeader = "xkey-purge";

    /// <summary>The HTTP method of a purge.</summary>
    public static readonly HttpMethod Method = new("PURGE");

    /// <summary>How long after the first purge the second is sent, when one is (longer than a node's retry to listen again).</summary>
    public static readonly TimeSpan Again = TimeSpan.FromSeconds(2);

    private static readonly TimeSpan _timeout = TimeSpan.FromSeconds(2);
    private const int Attempts = 3;

    /// <summary>Purges the pages with these tags from every front cache; and again later unless <paramref name="everyNodeCleared"/>.</summary>
    public async Task PurgeAsync(IReadOnlyList<string> tags, bool everyNodeCleared = true)
    {
        ArgumentNullException.ThrowIfNull(tags);
        var front = options.Value.FrontCache;
        if (!front.Enabled || tags.Count == 0)
        {
            return;
        }

        await PurgeEverywhereAsync(front.PurgeAddresses, tags);
        if (everyNodeCleared)
        {
            return;
        }

        _ = Task.Run(async () =>
        {
            await Task.Delay(Again);
            await PurgeEverywhereAsync(front.PurgeAddresses, tags);
        });
    }

    private Task PurgeEverywhereAsync(IEnumerable<string> addresses, IReadOnlyList<string> tags) =>
        Task.WhenAll(addresses.Select(address => PurgeAsync(address, string.Join(' ', tags))));

    private async Task PurgeAsync(string address, string tags)
    {
        var reason = "";
        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            try
            {
                using var client = clients.CreateClient(nameof(FrontCachePurge));
                using var request = new HttpRequestMessage(Method, new Uri(new Uri(address), "/"));
                request.Headers.TryAddWithoutValidation(TagsHeader, tags);
                using var timeout = new CancellationTokenSource(_timeout);
                using var response = await client.SendAsync(request, timeout.Token);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }

                reason = $"{(int)response.StatusCode} {response.ReasonPhrase}";
            }
            catch (Exception e) when (e is HttpRequestException or OperationCanceledException or ObjectDisposedException)
            {
                reason = e.Message;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100 * attempt));
        }

        LogNotPurged(address, tags, reason, options.Value.FrontCache.SharedMaxAgeSeconds);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not purge {Tags} from the front cache at {Address} ({Reason}); it may serve the old pages for up to {Seconds} s")]
    private partial void LogNotPurged(string address, string tags, string reason, int seconds);
}
