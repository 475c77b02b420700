using System.Net;
using System.Text;

namespace TherapyGuide.Tests.Security;

public sealed class RequestLimitTests
{
    [Fact]
    public async Task An_overlong_address_is_answered_414_with_a_readable_page()
    {
        using var site = new TestSite();
        using var client = EditorSession.Client(site);

        var response = await client.GetAsync("/search?q=" + new string('a', 5_000));

        Assert.Equal(HttpStatusCode.RequestUriTooLong, response.StatusCode);
        Assert.Contains("That address is too long", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_oversized_body_is_answered_413_with_a_readable_page()
    {
        using var site = new TestSite();
        using var client = EditorSession.Client(site);

        using var body = new StringContent("Email=" + new string('a', 1_200_000), Encoding.UTF8, "application/x-www-form-urlencoded");
        var response = await client.PostAsync("/admin/signin", body);

        Assert.True(response.StatusCode == HttpStatusCode.RequestEntityTooLarge, await response.Content.ReadAsStringAsync());
        Assert.Contains("That was too much to send", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Searches_over_the_limit_are_answered_429_but_cached_pages_never_are()
    {
        using var site = new TestSite();
        using var limited = site.WithWebHostBuilder(builder => builder.UseSetting("TherapyGuide:RateLimits:SearchPerMinute", "3"));
        using var client = limited.CreateClient();

        // The same search again and again is answered by the output cache, which the limit does not count.
        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/search?q=lupus")).StatusCode);
        }

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            statuses.Add((await client.GetAsync($"/search?q=word{i}")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        var refused = await client.GetAsync("/search?q=another");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("Too many requests", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/search?q=lupus")).StatusCode);
    }
}
