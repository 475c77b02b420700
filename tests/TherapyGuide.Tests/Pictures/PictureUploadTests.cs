using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using TherapyGuide.Web.Pictures;
using TherapyGuide.Web.Protection;

namespace TherapyGuide.Tests.Pictures;

/// <summary>Editors upload pictures through the real form; readers get them at their fingerprinted address, and in articles.</summary>
public sealed class PictureUploadTests(SharedSite shared) : EditorAndReaderTest(shared, "editor@example.org"), IClassFixture<SharedSite>
{
    private const string Article = "choosing-a-treatment";

    public static TheoryData<string, string> Formats => new()
    {
        { "diagram.png", "image/png" },
        { "photo.JPG", "image/jpeg" },
        { "chart.webp", "image/webp" },
        { "boxes.svg", "image/svg+xml" },
    };

    private static byte[] BytesFor(string fileName) => Path.GetExtension(fileName).ToUpperInvariant() switch
    {
        ".PNG" => TestPictures.Png(),
        ".JPG" => TestPictures.Jpeg(),
        ".WEBP" => TestPictures.WebP(),
        _ => Encoding.UTF8.GetBytes(TestPictures.Svg),
    };

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task An_uploaded_picture_is_served_at_its_fingerprinted_address_for_a_year(string fileName, string contentType)
    {
        var address = await PictureForms.UploadAcceptedAsync(Editor, BytesFor(fileName), fileName);

        var stored = await Site.QueryAsync(db => db.Pictures.SingleAsync());
        Assert.Equal($"/media/{stored.Fingerprint[..16]}/{Path.GetFileNameWithoutExtension(fileName).ToLowerInvariant()}.{stored.Format.Extension()}", address);
        var response = await Reader.GetAsync(address);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl!.ToString());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal($"\"{stored.Fingerprint}\"", response.Headers.ETag!.Tag);
        Assert.Equal(stored.Bytes, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(PictureEndpoints.ContentSecurityPolicy, response.Headers.GetValues("Content-Security-Policy").Single());

        using var again = new HttpRequestMessage(HttpMethod.Get, address);
        again.Headers.IfNoneMatch.Add(response.Headers.ETag);
        Assert.Equal(HttpStatusCode.NotModified, (await Reader.SendAsync(again)).StatusCode);
        // Pages keep the site's own policy.
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, (await Reader.GetAsync("/")).Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task An_unknown_address_or_another_name_for_a_picture_is_not_found()
    {
        var address = await PictureForms.UploadAcceptedAsync(Editor, TestPictures.Png(), "diagram.png");

        Assert.Equal(HttpStatusCode.NotFound, (await Reader.GetAsync(address.Replace("diagram.png", "other.png", StringComparison.Ordinal))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Reader.GetAsync(address.Replace(".png", ".svg", StringComparison.Ordinal))).StatusCode);
        var unknown = await Reader.GetAsync("/media/0123456789abcdef/diagram.png");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        // The error page is a page, with the site's own policy (its stylesheet allowed).
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, unknown.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal(HttpStatusCode.NotFound, (await Reader.GetAsync("/media/../appsettings.json/x.png")).StatusCode);
    }

    [Fact]
    public async Task The_stored_photo_has_no_exif_block_or_gps_position()
    {
        await PictureForms.UploadAcceptedAsync(Editor, TestPictures.JpegWithExif("GPSLatitude 51.5007"), "holiday.jpeg");

        var stored = await Site.QueryAsync(db => db.Pictures.SingleAsync());
        Assert.DoesNotContain("GPSLatitude", Encoding.ASCII.GetString(stored.Bytes!), StringComparison.Ordinal);
        Assert.DoesNotContain("Exif", Encoding.ASCII.GetString(stored.Bytes!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Alt_text_is_required_and_nothing_is_stored_without_it()
    {
        foreach (var alt in new[] { null, "", "   " })
        {
            var response = await PictureForms.UploadAsync(Editor, TestPictures.Png(), "diagram.png", alt);

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var page = await HtmlForm.ParseAsync(response);
            Assert.Contains("Write the alt text", page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        }

        Assert.Equal(0, await Site.QueryAsync(db => db.Pictures.CountAsync()));
    }

    [Fact]
    public async Task Choosing_no_file_is_refused_with_a_message()
    {
        var response = await PictureForms.UploadAsync(Editor, [], "", "Some words");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Choose the picture file", (await HtmlForm.ParseAsync(response)).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Uploading_the_same_picture_twice_keeps_one()
    {
        var first = await PictureForms.UploadAcceptedAsync(Editor, TestPictures.Png(), "diagram.png");
        var second = await PictureForms.UploadAcceptedAsync(Editor, TestPictures.Png(), "diagram.png");

        Assert.Equal(first, second);
        Assert.Equal(1, await Site.QueryAsync(db => db.Pictures.CountAsync()));
    }

    [Fact]
    public async Task An_editor_deletes_a_picture_no_article_shows_and_both_steps_are_audited()
    {
        var address = await PictureForms.UploadAcceptedAsync(Editor, TestPictures.Png(), "diagram.png");
        var list = await HtmlForm.ParseAsync(await Editor.GetAsync("/admin/pictures"));
        Assert.Contains(address, list.QuerySelector(".picture-list__markdown")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Two boxes side by side", list.QuerySelector(".picture-list__thumb")!.GetAttribute("alt"));

        var deleted = await HtmlForm.From(list, "/admin/pictures", ".picture-list form").PostAsync(Editor);

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Contains("The picture was deleted", await Editor.GetStringAsync(deleted.Headers.Location), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await Reader.GetAsync(address)).StatusCode);
        var audit = await Site.QueryAsync(db => db.AuditEntries.Where(a => a.Action.StartsWith("picture-")).OrderBy(a => a.Id).ToListAsync());
        Assert.Equal(["picture-upload", "picture-delete"], audit.Select(a => a.Action));
        Assert.All(audit, entry => Assert.Equal(("editor@example.org", address), (entry.Actor, entry.Target)));
    }

    [Fact]
    public async Task A_picture_an_article_shows_is_not_deleted_and_the_list_says_where_it_is_used()
    {
        var address = await PictureForms.UploadAcceptedAsync(Editor, TestPictures.Png(), "diagram.png");
        await PictureForms.SaveArticleBodyAsync(Site, Editor, Article, $"## Steps\n\n![The steps]({address})\n");
        var list = await HtmlForm.ParseAsync(await Editor.GetAsync("/admin/pictures"));
        Assert.Contains("Used in: How do doctors choose between immunotherapy and CAR-T?", Collapsed(list.QuerySelector(".picture-list__facts")!.TextContent), StringComparison.Ordinal);

        var refused = await HtmlForm.From(list, "/admin/pictures", ".picture-list form").PostAsync(Editor);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("was not deleted", (await HtmlForm.ParseAsync(refused)).QuerySelector(".notice--conflict")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await Reader.GetAsync(address)).StatusCode);
    }

    [Fact]
    public async Task The_upload_page_and_list_need_an_editor()
    {
        foreach (var address in new[] { "/admin/pictures", PictureForms.Upload })
        {
            var response = await Reader.GetAsync(address);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/admin/signin", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        }
    }

    private static string Collapsed(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
