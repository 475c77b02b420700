using Microsoft.Net.Http.Headers;

namespace TherapyGuide.Web.Hosting;

/// <summary>
/// The encoding the response compression middleware will choose for a request, so the output cache keeps one
/// copy of a page per encoding, not one per spelling of Accept-Encoding. Like the middleware: the highest
/// quality wins, a tie goes to Brotli, then gzip, then no compression; "*" stands for either.
/// </summary>
public static class ResponseEncoding
{
    private static readonly string[] _byPreference = ["br", "gzip", "identity"];

    public static string Preferred(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!StringWithQualityHeaderValue.TryParseList(request.Headers.AcceptEncoding, out var accepted) || accepted.Count == 0)
        {
            return "identity";
        }

        var best = "identity";
        var bestQuality = 0.0;
        var bestRank = int.MaxValue;
        foreach (var value in accepted)
        {
            var quality = value.Quality ?? 1.0;
            if (quality <= 0)
            {
                continue;
            }

            var names = value.Value.Equals("*", StringComparison.Ordinal) ? ["br", "gzip"] : new[] { value.Value.ToString().ToLowerInvariant() };
            foreach (var name in names)
            {
                var rank = Array.IndexOf(_byPreference, name);
                if (rank >= 0 && (quality > bestQuality || quality == bestQuality && rank < bestRank))
                {
                    (best, bestQuality, bestRank) = (name, quality, rank);
                }
            }
        }

        return best;
    }
}
