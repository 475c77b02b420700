using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace TherapyGuide.Web.Content.Links;

/// <summary>
/// Asks other sites whether a linked page still exists: HEAD, then GET when HEAD is refused, one request at a time,
/// with a short timeout, following at most a few redirects itself so that every hop is checked against
/// <see cref="PrivateAddresses"/> before it is asked. Answers are kept for <see cref="LinkCheckOptions.CacheHours"/>, so
/// a save does not send every linked site a request again.
/// </summary>
public sealed partial class ExternalLinks(
    IHttpClientFactory clients, IOptions<TherapyGuideOptions> options, TimeProvider clock, ILogger<ExternalLinks> logger)
{
    public const string ClientName = "LinkCheck";

    public const string PrivateAddress = "not checked: private address";

    private const int MaxRedirects = 5;

    private readonly ConcurrentDictionary<string, (DateTimeOffset AtUtc, string? Problem)> _answers = new(StringComparer.Ordinal);

    private LinkCheckOptions Settings => options.Value.LinkCheck;

    /// <summary>Why the page at <paramref name="address"/> cannot be reached, or null when it answers.</summary>
    public async Task<string?> ProblemAsync(Uri address, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        var key = address.GetLeftPart(UriPartial.Query);
        if (_answers.TryGetValue(key, out var kept) && kept.AtUtc.AddHours(Settings.CacheHours) > clock.GetUtcNow())
        {
            return kept.Problem;
        }

        var problem = await AskAsync(new Uri(key), cancellationToken);
        _answers[key] = (clock.GetUtcNow(), problem);
        return problem;
    }

    private async Task<string?> AskAsync(Uri address, CancellationToken cancellationToken)
    {
        var client = clients.CreateClient(ClientName);
        for (var hop = 0; hop <= MaxRedirects; hop++)
        {
            if (address.Scheme != Uri.UriSchemeHttp && address.Scheme != Uri.UriSchemeHttps)
            {
                return $"redirects to a non-web address ({address.Scheme}:)";
            }

            // The timeout covers the name lookup too: on a closed network that is what hangs.
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(Settings.TimeoutSeconds));
            HttpResponseMessage response;
            try
            {
                if (await IsPrivateAsync(address, timeout.Token) is { } hostProblem)
                {
                    return hostProblem;
                }

                response = await SendAsync(client, HttpMethod.Head, address, timeout.Token);
                if (!IsRedirect(response.StatusCode) && !response.IsSuccessStatusCode)
                {
                    // Many servers refuse or mishandle HEAD; a GET (its body left unread) is the real test.
                    response.Dispose();
                    response = await SendAsync(client, HttpMethod.Get, address, timeout.Token);
                }
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return "timed out";
            }
            catch (HttpRequestException exception)
            {
                LogUnreachable(address.Host, exception.Message);
                return "could not connect";
            }

            using (response)
            {
                if (IsRedirect(response.StatusCode) && response.Headers.Location is { } location)
                {
                    address = location.IsAbsoluteUri ? location : new Uri(address, location);
                    continue;
                }

                return response.IsSuccessStatusCode ? null : $"HTTP {(int)response.StatusCode}";
            }
        }

        return "too many redirects";
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, Uri address, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, address);
        return await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
    }

    private static bool IsRedirect(HttpStatusCode status) => (int)status is >= 300 and < 400 and not 304;

    /// <summary>
    /// Names the problem when the host is, or resolves to, a private address. The connection itself is checked again
    /// (<see cref="ConnectPubliclyAsync"/>), so a name that resolves differently the second time gains nothing.
    /// </summary>
    private static async Task<string?> IsPrivateAsync(Uri address, CancellationToken cancellationToken)
    {
        if (IPAddress.TryParse(address.IdnHost.Trim('[', ']'), out var literal))
        {
            return PrivateAddresses.Contains(literal) ? PrivateAddress : null;
        }

        if (string.Equals(address.IdnHost, "localhost", StringComparison.OrdinalIgnoreCase)
            || address.IdnHost.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase))
        {
            return PrivateAddress;
        }

        try
        {
            var resolved = await Dns.GetHostAddressesAsync(address.IdnHost, cancellationToken);
            return resolved.Length == 0 ? "no such host" : resolved.Any(PrivateAddresses.Contains) ? PrivateAddress : null;
        }
        catch (SocketException)
        {
            return "no such host";
        }
    }

    /// <summary>
    /// The link checker's connections: to the first public address the host resolves to, never a private one, so that
    /// the address checked is the address connected to.
    /// </summary>
    public static async ValueTask<Stream> ConnectPubliclyAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var addresses = await Dns.GetHostAddressesAsync(context.DnsEndPoint.Host, cancellationToken);
        var address = addresses.FirstOrDefault(a => !PrivateAddresses.Contains(a))
            ?? throw new HttpRequestException($"{context.DnsEndPoint.Host} has no public address.");
        var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(new IPEndPoint(address, context.DnsEndPoint.Port), cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "A linked site ({Host}) could not be reached: {Reason}")]
    private partial void LogUnreachable(string host, string reason);
}
