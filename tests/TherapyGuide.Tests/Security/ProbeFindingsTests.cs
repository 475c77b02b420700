using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using TherapyGuide.Tests.Pages;

namespace TherapyGuide.Tests.Security;

/// <summary>What a hostile probe of the HTTP surface found (issue 14), each answered as a browser or client would see it.</summary>
[Collection(PublicSite.Collection)]
public sealed partial class ProbeFindingsTests(PublicSite shared)
{
    [Fact]
    public async Task Over_https_HSTS_asks_browsers_to_remember_https_for_a_year()
    {
        using var own = new TestSite { AsDeployed = true };
        using var production = own.WithWebHostBuilder(builder => builder.UseEnvironment("Production"));
        using var client = production.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://therapyguide.example/"),
            AllowAutoRedirect = false,
        });

        var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("max-age=31536000", string.Join(",", response.Headers.GetValues("Strict-Transport-Security")));
    }

    [Theory]
    [InlineData("PUT", "/feedback", "GET, HEAD, POST")]
    [InlineData("DELETE", "/feedback", "GET, HEAD, POST")]
    [InlineData("PATCH", "/articles/choosing-a-treatment/share", "GET, HEAD, POST")]
    [InlineData("PROPFIND", "/articles/choosing-a-treatment/share", "GET, HEAD, POST")]
    [InlineData("DELETE", "/compare", "GET, HEAD")]
    [InlineData("PUT", "/articles/choosing-a-treatment", "GET, HEAD")]
    [InlineData("POST", "/side-effects", "GET, HEAD")]
    [InlineData("PUT", "/admin/signin", "GET, HEAD, POST")]
    [InlineData("DELETE", "/admin/articles", "GET, HEAD")]
    public async Task A_method_a_page_has_no_handler_for_is_answered_405_with_Allow_and_a_readable_page(string method, string address, string allowed)
    {
        using var client = EditorSession.Client(shared.App);
        using var request = new HttpRequestMessage(new HttpMethod(method), address) { Content = new StringContent("") };

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(allowed, string.Join(", ", response.Content.Headers.Allow));
        Assert.Contains("That action is not allowed here", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/feed.xml")]
    [InlineData("/sitemap.xml")]
    [InlineData("/robots.txt")]
    [InlineData("/healthz")]
    [InlineData("/side-effects")]
    public async Task HEAD_is_answered_like_GET(string address)
    {
        using var client = shared.App.CreateClient(new() { AllowAutoRedirect = false });
        var get = await client.GetAsync(address);

        using var request = new HttpRequestMessage(HttpMethod.Head, address);
        var head = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType, head.Content.Headers.ContentType);
    }

    [Fact]
    public async Task A_refused_sign_in_says_when_to_retry_and_still_shows_the_readable_page()
    {
        using var own = new TestSite();
        using var client = EditorSession.Client(own);
        var page = await HtmlForm.ParseAsync(await client.GetAsync("/admin/signin"));
        var form = HtmlForm.From(page, "/admin/signin").Set("Email", "nobody@example.org").Set("Password", "guess guess guess");

        HttpResponseMessage response;
        var attempts = 0;
        do
        {
            response = await form.PostAsync(client);
        }
        while (response.StatusCode != HttpStatusCode.TooManyRequests && ++attempts < 20);

        await AssertRetryAfterAsync(response, TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task A_refused_search_says_when_to_retry()
    {
        using var limited = new TestSite { Settings = { ["TherapyGuide:RateLimits:SearchPerMinute"] = "1" } };
        using var client = limited.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/search?q=fever")).StatusCode);

        var response = await client.GetAsync("/search?q=lupus");

        await AssertRetryAfterAsync(response, TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task A_refused_readers_form_says_when_to_retry_within_its_window()
    {
        using var limited = new TestSite { Settings = { ["TherapyGuide:RateLimits:ReaderFormsPerWindow"] = "1" } };
        using var client = limited.CreateClient(new() { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Redirect, (await ReaderVoices.SendFeedbackAsync(client, "/compare", "yes")).StatusCode);

        var response = await ReaderVoices.SendFeedbackAsync(client, "/compare", "no");

        await AssertRetryAfterAsync(response, TimeSpan.FromMinutes(10));
    }

    [Theory]
    [InlineData("bytes=0-9", null)]
    [InlineData("bytes=0-9", "gzip")]
    [InlineData("bytes=999999-", null)]
    [InlineData("bytes=999999-", "br")]
    public async Task A_range_request_for_a_static_file_gets_the_whole_file_and_no_range_is_offered(string range, string? encoding)
    {
        using var client = shared.App.CreateClient();
        using var whole = new HttpRequestMessage(HttpMethod.Get, "/css/site.css");
        using var partial = new HttpRequestMessage(HttpMethod.Get, "/css/site.css");
        if (encoding is not null)
        {
            whole.Headers.AcceptEncoding.ParseAdd(encoding);
            partial.Headers.AcceptEncoding.ParseAdd(encoding);
        }

        partial.Headers.Range = RangeHeaderValue.Parse(range);
        var expected = await (await client.SendAsync(whole)).Content.ReadAsByteArrayAsync();

        var response = await client.SendAsync(partial);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(response.Content.Headers.ContentRange);
        Assert.Empty(response.Headers.AcceptRanges);
        var body = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(expected, body);
        Assert.Equal(body.Length, response.Content.Headers.ContentLength);
    }

    private static async Task AssertRetryAfterAsync(HttpResponseMessage response, TimeSpan window)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        var seconds = int.Parse(string.Join(",", response.Headers.GetValues("Retry-After")), NumberStyles.None, CultureInfo.InvariantCulture);
        Assert.InRange(seconds, 1, (int)window.TotalSeconds);
        Assert.Contains("Too many requests", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
