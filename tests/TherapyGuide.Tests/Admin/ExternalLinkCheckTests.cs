using System.Collections.Concurrent;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TherapyGuide.Web.Content;
using TherapyGuide.Web.Content.Editing;
using TherapyGuide.Web.Content.Links;

namespace TherapyGuide.Tests.Admin;

/// <summary>
/// Links to other sites: never asked unless TherapyGuide:LinkCheck:External is on, and then never at a private,
/// loopback or link-local address. A stand-in for the network answers, and records every request it is sent.
/// </summary>
public sealed class ExternalLinkCheckTests
{
    private const string Edited = "choosing-a-treatment";

    [Fact]
    public async Task With_the_default_settings_no_other_site_is_asked_and_its_links_are_not_listed()
    {
        var network = new StandInNetwork();
        using var site = new TestSite { TestServices = network.Install };
        await EditBodyAsync(site, "[a guideline](https://guidelines.example.org/car-t) and [another](http://203.0.113.7/gone)");

        var report = await site.Services.GetRequiredService<LinkChecker>().CheckAsync(default);

        Assert.Empty(network.Asked);
        Assert.False(report.ExternalChecked);
        Assert.DoesNotContain(report.Broken, b => b.Address.StartsWith("http", StringComparison.Ordinal));
    }

    [Fact]
    public async Task When_on_private_and_loopback_addresses_are_never_asked_and_answers_are_reported_in_editors_words()
    {
        var network = new StandInNetwork();
        using var site = new TestSite { TestServices = network.Install, Settings = { ["TherapyGuide:LinkCheck:External"] = "true", ["TherapyGuide:LinkCheck:TimeoutSeconds"] = "1" } };
        string[] inside = ["http://127.0.0.1:5000/admin", "http://169.254.169.254/latest/meta-data", "http://10.1.2.3/",
            "http://192.168.0.1/", "http://localhost:8080/", "http://0.0.0.0/"];
        // Markdown escapes the brackets of an IPv6 address, so these are written into the stored HTML itself.
        string[] insideV6 = ["http://[::1]/", "http://[::ffff:127.0.0.1]/", "http://[fd00::1]/"];
        await EditBodyAsync(site, string.Join(' ', inside.Select((a, i) => $"[inside {i}]({a})"))
            + " [gone](http://203.0.113.7/gone) [fine](http://203.0.113.7/fine) [moved](http://203.0.113.7/moved) [slow](http://203.0.113.7/slow)");
        var v6 = string.Concat(insideV6.Select(a => $"<p><a href=\"{a}\">IPv6</a></p>"));
        await site.ExecuteAsync(db => db.Articles.Where(a => a.Slug == Edited).ExecuteUpdateAsync(s => s.SetProperty(a => a.BodyHtml, a => a.BodyHtml + v6)));

        var report = await site.Services.GetRequiredService<LinkChecker>().CheckAsync(default);

        // The content as shipped links to real sites too; on a machine with internet those are asked (of the stand-in).
        var insideHosts = inside.Concat(insideV6).Select(a => new Uri(a).Host).ToHashSet();
        Assert.DoesNotContain(network.Asked, asked => insideHosts.Contains(asked.Host));
        Assert.Contains(network.Asked, asked => asked.Host == "203.0.113.7");
        var reasons = report.Broken.ToDictionary(b => b.Address, b => b.Reason);
        Assert.All(inside.Concat(insideV6), address => Assert.Equal(ExternalLinks.PrivateAddress, reasons[address]));
        Assert.Equal("HTTP 404", reasons["http://203.0.113.7/gone"]);
        Assert.False(reasons.ContainsKey("http://203.0.113.7/fine"));
        // A redirect to this machine is refused like a link to it.
        Assert.Equal(ExternalLinks.PrivateAddress, reasons["http://203.0.113.7/moved"]);
        Assert.Equal("timed out", reasons["http://203.0.113.7/slow"]);
        // HEAD first; GET only where HEAD was refused.
        Assert.Contains(network.Asked, a => a.Method == HttpMethod.Head && a.Path == "/gone");
        Assert.Contains(network.Asked, a => a.Method == HttpMethod.Get && a.Path == "/gone");
        Assert.DoesNotContain(network.Asked, a => a.Method == HttpMethod.Get && a.Path == "/fine");
    }

    private static async Task EditBodyAsync(TestSite site, string body)
    {
        var id = await site.IdOfAsync(db => db.Articles, Edited);
        await site.EditAsync<Article, ArticleForm>(id, form => form.Body = body);
    }

    /// <summary>Answers in place of the internet, as a test scripts it, and records what it was asked.</summary>
    private sealed class StandInNetwork : HttpMessageHandler
    {
        public ConcurrentQueue<(HttpMethod Method, string Host, string Path)> Asked { get; } = new();

        public void Install(IServiceCollection services) =>
            services.AddHttpClient(ExternalLinks.ClientName).ConfigurePrimaryHttpMessageHandler(() => this);

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var address = request.RequestUri!;
            Asked.Enqueue((request.Method, address.Host, address.AbsolutePath));
            switch (address.AbsolutePath)
            {
                case "/fine":
                    return new HttpResponseMessage(HttpStatusCode.OK);
                case "/moved":
                    var moved = new HttpResponseMessage(HttpStatusCode.Found);
                    moved.Headers.Location = new Uri("http://127.0.0.1/admin");
                    return moved;
                case "/slow":
                    // Answers only when the checker gives up.
                    await Task.Delay(Timeout.Infinite, cancellationToken);
                    return new HttpResponseMessage(HttpStatusCode.OK);
                default:
                    return new HttpResponseMessage(request.Method == HttpMethod.Head ? HttpStatusCode.MethodNotAllowed : HttpStatusCode.NotFound);
            }
        }
    }
}
