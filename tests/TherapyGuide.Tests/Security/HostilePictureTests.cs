using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using TherapyGuide.Tests.Pictures;

namespace TherapyGuide.Tests.Security;

/// <summary>Hostile files at the picture upload: each refused with a 4xx page that says why (never a 500), nothing stored.</summary>
public sealed class HostilePictureTests(SharedSite shared) : EditorAndReaderTest(shared, "editor@example.org"), IClassFixture<SharedSite>
{
    public static TheoryData<string, string> HostileSvgs => TestPictures.HostileSvgs;

    [Theory]
    [MemberData(nameof(HostileSvgs))]
    public async Task A_hostile_svg_is_refused_and_nothing_is_stored(string hostility, string svg)
    {
        var response = await PictureForms.UploadAsync(Editor, Encoding.UTF8.GetBytes(svg), "drawing.svg", "A drawing", browserType: "image/svg+xml");

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{hostility}: {response.StatusCode}");
        var page = await HtmlForm.ParseAsync(response);
        Assert.NotNull(page.QuerySelector(".error-summary"));
        Assert.Empty(LiveMarkup.FindInPage(page.QuerySelector("main")!.InnerHtml));
        Assert.Equal(0, await Site.QueryAsync(db => db.Pictures.CountAsync()));
    }

    public static TheoryData<string, byte[]> RenamedFiles => new()
    {
        { "GIF", Encoding.Latin1.GetBytes("GIF89a\x01\x00\x01\x00\x00\x00\x00;") },
        { "PDF", Encoding.ASCII.GetBytes("%PDF-1.7\n%%EOF") },
        { "ZIP", [(byte)'P', (byte)'K', 3, 4, 20, 0, 0, 0] },
        { "HTML", Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>") },
        { "100000 × 100000 PNG", TestPictures.PngClaiming(100_000, 100_000) },
        { "PNG cut short", TestPictures.Png(400, 300)[..200] },
    };

    [Theory]
    [MemberData(nameof(RenamedFiles))]
    public async Task A_file_that_is_not_a_png_though_named_one_is_refused(string kind, byte[] bytes)
    {
        var response = await PictureForms.UploadAsync(Editor, bytes, "picture.png", "A picture");

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{kind}: {response.StatusCode}");
        Assert.NotNull((await HtmlForm.ParseAsync(response)).QuerySelector(".error-summary"));
        Assert.Equal(0, await Site.QueryAsync(db => db.Pictures.CountAsync()));
    }

    [Fact]
    public async Task A_png_with_a_page_appended_is_stored_without_the_page()
    {
        var address = await PictureForms.UploadAcceptedAsync(Editor, TestPictures.PngWithPage(), "polyglot.png");

        var served = Encoding.ASCII.GetString(await Reader.GetByteArrayAsync(address));
        Assert.DoesNotContain("<html", served, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("script", served, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_refused_with_a_page_not_an_error()
    {
        // Over the picture limit (5 MB) but within the request's: the form says why.
        var justOver = await PictureForms.UploadAsync(Editor, new byte[5_000_001], "big.png", "A big picture");
        Assert.Equal(HttpStatusCode.BadRequest, justOver.StatusCode);
        Assert.Contains("at most 5 MB", (await HtmlForm.ParseAsync(justOver)).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);

        // Far over: refused before the page reads it.
        var farOver = await PictureForms.UploadAsync(Editor, new byte[6_000_000], "huge.png", "A huge picture");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, farOver.StatusCode);
        Assert.Equal(0, await Site.QueryAsync(db => db.Pictures.CountAsync()));
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused()
    {
        using var content = new MultipartFormDataContent
        {
            { new StringContent("A picture"), "AltText" },
            { new ByteArrayContent(TestPictures.Png()), "PictureFile", "diagram.png" },
        };

        var response = await Editor.PostAsync(PictureForms.Upload, content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await Site.QueryAsync(db => db.Pictures.CountAsync()));
    }
}
