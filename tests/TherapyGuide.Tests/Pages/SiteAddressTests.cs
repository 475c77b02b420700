using System.Net;

namespace TherapyGuide.Tests.Pages;

/// <summary>Addresses that are not pages: unknown and overlong ones, and the health check.</summary>
[Collection(PublicSite.Collection)]
public sealed class SiteAddressTests(PublicSite site)
{
    [Theory]
    [InlineData("/articles/no-such-article")]
    [InlineData("/glossary/no-such-word")]
    [InlineData("/no-such-page")]
    [InlineData("/articles/%2e%2e%2f%2e%2e%2fetc%2fpasswd")]
    [InlineData("/articles/<script>alert(1)</script>")]
    [InlineData("/error")]
    public async Task Unknown_addresses_answer_404_with_a_friendly_page(string address)
    {
        using var client = site.App.CreateClient();
        var response = await client.GetAsync(address);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Page not found", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Overlong_slugs_answer_404_and_overlong_addresses_414_not_an_error()
    {
        using var client = site.App.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/articles/" + new string('a', 1000))).StatusCode);
        Assert.Equal(HttpStatusCode.RequestUriTooLong, (await client.GetAsync("/articles/" + new string('a', 5000))).StatusCode);
    }

    [Fact]
    public async Task Health_check_says_the_store_answers()
    {
        using var client = site.App.CreateClient();

        var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}
