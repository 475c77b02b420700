namespace TherapyGuide.Web.Commands;

/// <summary>
/// <c>healthcheck [--url URL]</c>: asks a running site's /healthz and exits 0 when it answers Healthy. The container's
/// HEALTHCHECK uses it because the ASP.NET runtime image has no curl or wget.
/// </summary>
public static class HealthCheckCommand
{
    /// <summary>/healthz on loopback, on the first port in ASPNETCORE_HTTP_PORTS (as the container sets it), else 8080.</summary>
    public static string DefaultUrl
    {
        get
        {
            var ports = Environment.GetEnvironmentVariable("ASPNETCORE_HTTP_PORTS") ?? "";
            var first = ports.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
            return $"http://127.0.0.1:{(int.TryParse(first, out var port) && port is > 0 and < 65536 ? port : 8080)}/healthz";
        }
    }

    public const string Usage = """
        Usage:
          healthcheck [--url URL]   (asks a running site's /healthz; exits 0 when it is healthy)
        """;

    public static bool Matches(string[] args) => args is ["healthcheck", ..];

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var url = args is [_, "--url", var given] ? given : DefaultUrl;
        // Never follows a redirect: a site that sends /healthz elsewhere (to https, say) is not answering here.
        using var handler = new HttpClientHandler { AllowAutoRedirect = false };
        using var client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            using var response = await client.GetAsync(new Uri(url));
            var body = await response.Content.ReadAsStringAsync();
            await output.WriteLineAsync($"{url}: {(int)response.StatusCode} {body}");
            return response.IsSuccessStatusCode && body.Trim() == "Healthy" ? 0 : 1;
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or UriFormatException)
        {
            await error.WriteLineAsync($"{url}: {exception.Message}");
            return 1;
        }
    }
}
