using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace TherapyGuide.Tests.Security;

/// <summary>As deployed (Production): HSTS over HTTPS, Secure cookies, and editors' pages refused over plain http.</summary>
/// <remarks>
/// The test site turns TherapyGuide:RequireHttps off unless asked to start as deployed, so what these check is the default
/// a deployment gets when nobody sets it.
/// </remarks>
public sealed class ProductionTransportTests
{
    [Fact]
    public async Task Over_https_the_sign_in_page_opens_with_HSTS_and_Secure_cookies()
    {
        using var site = new TestSite { AsDeployed = true };
        using var production = site.WithWebHostBuilder(builder => builder.UseEnvironment("Production"));
        using var client = production.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://therapyguide.example/"),
            AllowAutoRedirect = false,
        });

        var response = await client.GetAsync("/admin/signin");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("max-age=", string.Join(",", response.Headers.GetValues("Strict-Transport-Security")), StringComparison.Ordinal);
        Assert.All(response.Headers.GetValues("Set-Cookie"), cookie => Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Over_plain_http_editors_pages_answer_403_with_a_readable_page_and_readers_pages_work()
    {
        using var site = new TestSite { AsDeployed = true };
        using var production = site.WithWebHostBuilder(builder => builder.UseEnvironment("Production"));
        using var client = production.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var admin = await client.GetAsync("/admin/signin");

        Assert.Equal(HttpStatusCode.Forbidden, admin.StatusCode);
        Assert.Contains("needs a secure connection", await admin.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode); // no redirect loop without an HTTPS port
    }

    [Fact]
    public async Task Behind_a_TLS_proxy_with_forwarded_headers_on_editors_pages_open()
    {
        using var site = new TestSite { AsDeployed = true };
        using var production = site.WithWebHostBuilder(builder => builder.UseEnvironment("Production").UseSetting("FORWARDEDHEADERS_ENABLED", "true"));
        using var client = production.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/admin/signin");
        request.Headers.Add("X-Forwarded-Proto", "https");

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
