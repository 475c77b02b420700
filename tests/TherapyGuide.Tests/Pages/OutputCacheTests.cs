using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;

namespace TherapyGuide.Tests.Pages;

/// <summary>
/// Public pages come from the output cache, and a save clears exactly the pages that show what changed, so
/// readers see every edit at their next request and never see a draft.
/// </summary>
public sealed class OutputCacheTests(SharedSite shared) : EditorAndReaderTest(shared, "cache-editor@example.org"), IClassFixture<SharedSite>
{
    [Fact]
    public async Task A_glossary_edit_clears_the_pages_that_explain_the_word_and_leaves_the_others_cached()
    {
        const string article = "/articles/choosing-a-treatment";
        foreach (var address in new[] { article, "/glossary", "/compare", "/side-effects" })
        {
            await Reader.GetStringAsync(address);
            Assert.True(await FromCacheAsync(address), $"{address} should be cached after the first visit");
        }

        var termId = await Site.IdOfAsync(db => db.GlossaryTerms, "t-cell");
        await SaveAsync($"/admin/glossary/edit/{termId}", "Form.Definition", "A freshly edited definition of the T cell.");

        Assert.Contains("A freshly edited definition of the T cell.", await Reader.GetStringAsync(article), StringComparison.Ordinal);
        Assert.Contains("A freshly edited definition of the T cell.", await Reader.GetStringAsync("/glossary"), StringComparison.Ordinal);
        // The comparison explains "T cells" in its cells, so it changes too; the side effects show no definitions.
        Assert.Contains("A freshly edited definition of the T cell.", await Reader.GetStringAsync("/compare"), StringComparison.Ordinal);
        Assert.True(await FromCacheAsync("/side-effects"), "the side effects do not show the glossary, so they stay cached");
    }

    [Fact]
    public async Task An_article_shows_a_suggested_articles_new_title_at_once()
    {
        const string suggesting = "/articles/choosing-a-treatment"; // suggests "immunotherapy-and-car-t-compared"
        await Reader.GetStringAsync(suggesting);
        await Reader.GetStringAsync("/side-effects");
        Assert.True(await FromCacheAsync(suggesting));

        var id = await Site.IdOfAsync(db => db.Articles, "immunotherapy-and-car-t-compared");
        await SaveAsync($"/admin/articles/edit/{id}", "Form.Title", "A brand new title for the comparison article");

        var page = await HtmlForm.ParseAsync(await Reader.GetAsync(suggesting));
        Assert.Contains("A brand new title for the comparison article", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.True(await FromCacheAsync("/side-effects"), "the side effects page shows no article, so it stays cached");
    }

    [Fact]
    public async Task An_article_taken_back_to_draft_leaves_every_cached_page_at_the_next_request()
    {
        const string slug = "what-treatment-is-like";
        const string title = "What is it like to have immunotherapy or CAR-T?";
        // Its title shows on each of these (the suggesting article lists it under "Read next").
        var pages = new[] { $"/articles/{slug}", "/articles/choosing-a-treatment", "/articles", "/", "/search?q=hospital+stay", "/feed.xml" };
        foreach (var address in pages)
        {
            Assert.Contains(title, Decoded(await Reader.GetStringAsync(address)), StringComparison.Ordinal);
            Assert.True(await FromCacheAsync(address), $"{address} should be cached after the first visit");
        }

        var id = await Site.IdOfAsync(db => db.Articles, slug);
        await SaveAsync($"/admin/articles/edit/{id}", "Form.Status", "Draft");

        Assert.Equal(HttpStatusCode.NotFound, (await Reader.GetAsync(pages[0])).StatusCode);
        foreach (var address in pages.Skip(1))
        {
            Assert.DoesNotContain(title, Decoded(await Reader.GetStringAsync(address)), StringComparison.Ordinal);
        }

        Assert.DoesNotContain($"/articles/{slug}<", await Reader.GetStringAsync("/sitemap.xml"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task Each_encoding_is_cached_on_its_own_and_decodes_to_the_same_page(string encoding)
    {
        const string address = "/side-effects";
        var plain = await Reader.GetStringAsync(address);
        var other = encoding == "br" ? "gzip" : "br";
        await (await GetEncodedAsync(address, other)).Content.ReadAsByteArrayAsync(); // the other encoding is cached first

        for (var visit = 1; visit <= 2; visit++)
        {
            using var response = await GetEncodedAsync(address, encoding);

            Assert.Equal(encoding, Assert.Single(response.Content.Headers.ContentEncoding));
            Assert.Equal(visit == 2, response.Headers.Age is not null);
            await using var body = await response.Content.ReadAsStreamAsync();
            await using Stream decoded = encoding == "br" ? new BrotliStream(body, CompressionMode.Decompress) : new GZipStream(body, CompressionMode.Decompress);
            using var reader = new StreamReader(decoded);
            Assert.Equal(plain, await reader.ReadToEndAsync());
        }
    }

    [Fact]
    public async Task A_reader_who_takes_no_compression_gets_plain_html_even_after_compressed_copies_are_cached()
    {
        await (await GetEncodedAsync("/conditions", "br")).Content.ReadAsByteArrayAsync();
        await (await GetEncodedAsync("/conditions", "gzip")).Content.ReadAsByteArrayAsync();

        using var request = new HttpRequestMessage(HttpMethod.Get, "/conditions");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("identity"));
        using var response = await Reader.SendAsync(request);

        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.StartsWith("<!DOCTYPE html>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("*;q=0.5, identity")]
    [InlineData("*;q=0.5, gzip")]
    [InlineData("gzip;q=0.1, br;q=0.5, gzip")]
    [InlineData("deflate, unknown-encoding")]
    public async Task An_odd_accept_encoding_never_leaves_other_readers_a_copy_they_cannot_read(string acceptEncoding)
    {
        const string address = "/glossary";
        using (var odd = new HttpRequestMessage(HttpMethod.Get, address))
        {
            odd.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
            await (await Reader.SendAsync(odd)).Content.ReadAsByteArrayAsync();
        }

        foreach (var (header, expected) in new[] { ("", (string?)null), ("gzip", "gzip"), ("br", "br") })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, address);
            if (header.Length > 0)
            {
                request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(header));
            }

            using var response = await Reader.SendAsync(request);
            Assert.Equal(expected, response.Content.Headers.ContentEncoding.SingleOrDefault());
            Assert.Contains("Accept-Encoding", response.Headers.Vary);
        }
    }

    [Fact]
    public async Task Editors_pages_are_never_compressed_so_their_token_cannot_be_guessed_from_sizes()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/admin/articles");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));

        using var response = await Editor.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.Content.Headers.ContentEncoding);
    }

    private static string Decoded(string html) => WebUtility.HtmlDecode(html);

    private async Task<HttpResponseMessage> GetEncodedAsync(string address, string encoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, address);
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
        return await Reader.SendAsync(request);
    }

    /// <summary>The output cache answers with an Age header; a page rendered for this request has none.</summary>
    private async Task<bool> FromCacheAsync(string address)
    {
        using var response = await Reader.GetAsync(address);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response.Headers.Age is not null;
    }

    private async Task SaveAsync(string editAddress, string field, string value)
    {
        var page = await HtmlForm.ParseAsync(await Editor.GetAsync(editAddress));
        var saved = await HtmlForm.From(page, editAddress, "form[method=post]:not(.signout)").Set(field, value).PostAsync(Editor);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
    }
}
