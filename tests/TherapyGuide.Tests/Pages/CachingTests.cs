using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using TherapyGuide.Web.Caching;

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
    public async Task A_restart_on_the_same_store_keeps_the_etags_so_readers_are_not_sent_pages_again()
    {
        var path = TestSite.NewDatabasePath();
        try
        {
            EntityTagHeaderValue etag;
            using (var first = new TestSite(path))
            {
                using var before = first.CreateClient();
                etag = (await before.GetAsync("/side-effects")).Headers.ETag!;
            }

            using var second = new TestSite(path);
            using var reader = second.CreateClient();
            using var again = new HttpRequestMessage(HttpMethod.Get, "/side-effects");
            again.Headers.IfNoneMatch.Add(etag);
            using var response = await reader.SendAsync(again);

            Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
        }
        finally
        {
            TestSite.DeleteDatabase(path);
        }
    }

    [Fact]
    public async Task A_node_out_of_step_with_the_others_renders_every_page_and_answers_no_304()
    {
        var coherence = new Coherence();
        using var node = new TestSite { TestServices = services => services.AddSingleton<ICacheCoherence>(coherence) };
        using var reader = node.CreateClient();
        await reader.GetAsync("/side-effects");
        using var cached = await reader.GetAsync("/side-effects");
        Assert.NotNull(cached.Headers.Age);
        var etag = cached.Headers.ETag!;

        coherence.InStep = false;
        using var fresh = await reader.GetAsync("/side-effects");
        using var revalidation = new HttpRequestMessage(HttpMethod.Get, "/side-effects");
        revalidation.Headers.IfNoneMatch.Add(etag);
        using var revalidated = await reader.SendAsync(revalidation);

        Assert.Null(fresh.Headers.Age);
        Assert.Null(fresh.Headers.ETag);
        Assert.Contains("Accept-Encoding", fresh.Headers.Vary);
        Assert.True(fresh.Headers.CacheControl?.NoCache);
        Assert.Equal(HttpStatusCode.OK, revalidated.StatusCode);

        coherence.InStep = true;
        await reader.GetAsync("/side-effects");
        using var again = await reader.GetAsync("/side-effects");
        Assert.NotNull(again.Headers.Age);
    }

    /// <summary>A node's view of whether it hears the other nodes, set by the test.</summary>
    private sealed class Coherence : ICacheCoherence
    {
        public bool InStep { get; set; } = true;
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
