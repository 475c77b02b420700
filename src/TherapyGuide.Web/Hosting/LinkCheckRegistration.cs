using TherapyGuide.Web.Content;
using TherapyGuide.Web.Content.Links;

namespace TherapyGuide.Web.Hosting;

/// <summary>The editors' link checker: its report, the service that runs it, and its client for other sites.</summary>
public static class LinkCheckRegistration
{
    public static WebApplicationBuilder AddLinkChecking(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddSingleton<LinkChecker>();
        services.AddSingleton<ExternalLinks>();
        services.AddSingleton<LinkCheckService>();
        services.AddHostedService(provider => provider.GetRequiredService<LinkCheckService>());
        services.AddSingleton<IContentChangeListener>(provider => provider.GetRequiredService<LinkCheckService>());
        services.AddHttpClient(ExternalLinks.ClientName, (provider, client) =>
            {
                var site = provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<TherapyGuideOptions>>().Value.SiteName;
                client.DefaultRequestHeaders.UserAgent.ParseAdd($"{new string(site.Where(char.IsAsciiLetterOrDigit).ToArray())}-LinkChecker/1.0");
                client.Timeout = Timeout.InfiniteTimeSpan; // each request has its own (LinkCheckOptions.TimeoutSeconds)
            })
            // Redirects are followed by ExternalLinks itself, each hop checked; connections never reach a private address.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, ConnectCallback = ExternalLinks.ConnectPubliclyAsync })
            .RemoveAllLoggers();
        return builder;
    }
}
