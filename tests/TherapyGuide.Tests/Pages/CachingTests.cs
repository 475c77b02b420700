using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;

namespace TherapyGuide.Tests.Pages;

[Collection(PublicSite.Collection)]
public sealed class CachingTests(PublicSite site)
{
    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task Compressed_pages_decode_to_the_same_page(string encoding)
    {
        using var client = site.App.CreateClient();
        var plain = await client.GetStringAsync("/compare");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/compare");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));

        using var response = await client.SendAsync(request);

        Assert.Equal(encoding, Assert.Single(response.Content.Headers.ContentEncoding));
        await using var body = await response.Content.ReadAsStreamAsync();
        await using Stream decoded = encoding == "br" ? new BrotliStream(body, CompressionMode.Decompress) : new GZipStream(body, CompressionMode.Decompress);
        using var reader = new StreamReader(decoded);
        Assert.Equal(plain, await reader.ReadToEndAsync());
    }

    [Fact]
    public async Task An_unchanged_page_answers_304_to_a_reader_who_has_it()
    {
        using var client = site.App.CreateClient();
        var first = await client.GetAsync("/side-effects");
        var etag = first.Headers.ETag!;

        using var again = new HttpRequestMessage(HttpMethod.Get, "/side-effects");
        again.Headers.IfNoneMatch.Add(etag);
        using var response = await client.SendAsync(again);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.True(etag.IsWeak);
    }

    [Fact]
    public async Task A_stale_etag_gets_the_whole_page()
    {
        using var client = site.App.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/glossary");
        request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"something-old\"", isWeak: true));

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Glossary", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Public_pages_set_no_cookie_so_they_stay_cacheable()
    {
        using var client = site.App.CreateClient();

        foreach (var address in new[] { "/", "/compare", "/search?q=lupus", "/print", "/articles/choosing-a-treatment" })
        {
            var response = await client.GetAsync(address);
            Assert.False(response.Headers.Contains("Set-Cookie"), $"{address} sets a cookie");
        }
    }
}
