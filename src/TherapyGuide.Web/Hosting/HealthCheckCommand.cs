namespace TherapyGuide.Web.Hosting;

/// <summary>
/// <c>healthcheck [--url URL]</c>: asks a running site's /healthz and exits 0 when it answers Healthy. The container's
/// HEALTHCHECK uses it because the ASP.NET runtime image has no curl or wget.
/// </summary>
public static class HealthCheckCommand
{
    public const string DefaultUrl = "http://127.0.0.1:8080/healthz";

    public static bool Matches(string[] args) => args is ["healthcheck", ..];

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var url = args is [_, "--url", var given] ? given : DefaultUrl;
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
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
