using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace TherapyGuide.Tests.Security;

/// <summary>What a hostile probe of the HTTP surface found (issue 14), each answered as a browser or client would see it.</summary>
public sealed class ProbeFindingsTests
{
    [Fact]
    public async Task Over_https_HSTS_asks_browsers_to_remember_https_for_a_year()
    {
        using var site = new TestSite();
        using var production = site.WithWebHostBuilder(builder => builder.UseEnvironment("Production"));
        using var client = production.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://therapyguide.example/"),
            AllowAutoRedirect = false,
        });

        var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("max-age=31536000", string.Join(",", response.Headers.GetValues("Strict-Transport-Security")));
    }
}
