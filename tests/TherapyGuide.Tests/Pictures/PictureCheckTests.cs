using System.Text;
using SkiaSharp;
using TherapyGuide.Web.Pictures;

namespace TherapyGuide.Tests.Pictures;

/// <summary>What a file is taken for, what is refused, and what the site keeps of what it accepts.</summary>
public sealed class PictureCheckTests
{
    private static readonly PictureOptions _limits = new();

    [Theory]
    [InlineData("png", PictureFormat.Png)]
    [InlineData("jpg", PictureFormat.Jpeg)]
    [InlineData("jpeg", PictureFormat.Jpeg)]
    [InlineData("webp", PictureFormat.WebP)]
    public void A_real_picture_is_accepted_encoded_again_with_its_size(string extension, PictureFormat format)
    {
        var bytes = format switch
        {
            PictureFormat.Png => TestPictures.Png(),
            PictureFormat.Jpeg => TestPictures.Jpeg(),
            _ => TestPictures.WebP(),
        };

        var picture = PictureCheck.Check(bytes, $"Diagram.{extension.ToUpperInvariant()}", _limits).Picture;

        Assert.NotNull(picture);
        Assert.Equal(format, picture.Format);
        Assert.Equal((40, 30), (picture.Width, picture.Height));
        using var decoded = SKBitmap.Decode(picture.Bytes);
        Assert.Equal((40, 30), (decoded.Width, decoded.Height));
    }

    [Fact]
    public void A_photos_exif_block_and_its_gps_position_are_not_kept()
    {
        var photo = TestPictures.JpegWithExif("GPSLatitude 51.5007 GPSLongitude -0.1246");
        Assert.Contains("GPSLatitude", Encoding.ASCII.GetString(photo), StringComparison.Ordinal);

        var picture = PictureCheck.Check(photo, "holiday.jpg", _limits).Picture;

        Assert.NotNull(picture);
        var kept = Encoding.ASCII.GetString(picture.Bytes);
        Assert.DoesNotContain("GPSLatitude", kept, StringComparison.Ordinal);
        Assert.DoesNotContain("Exif", kept, StringComparison.Ordinal);
    }

    [Fact]
    public void A_png_with_a_page_appended_keeps_the_picture_and_loses_the_page()
    {
        var picture = PictureCheck.Check(TestPictures.PngWithPage(), "polyglot.png", _limits).Picture;

        Assert.NotNull(picture);
        var kept = Encoding.ASCII.GetString(picture.Bytes);
        Assert.DoesNotContain("<html", kept, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("script", kept, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04\x01\x00\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;", "GIF")]
    [InlineData("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF", "PDF")]
    [InlineData("PK\x03\x04\x14\x00\x00\x00\x08\x00", "ZIP")]
    [InlineData("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>", "HTML")]
    [InlineData("\x89PNG\r\n\x1a\n but then nothing a PNG has", "PNG")]
    public void A_file_that_is_not_the_picture_its_name_says_is_refused(string content, string kind)
    {
        var result = PictureCheck.Check(Encoding.Latin1.GetBytes(content), "renamed.png", _limits);

        Assert.Null(result.Picture);
        Assert.Contains(kind, result.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void A_picture_whose_name_names_another_format_is_refused()
    {
        var result = PictureCheck.Check(TestPictures.Png(), "diagram.jpg", _limits);

        Assert.Null(result.Picture);
        Assert.Contains("is a PNG picture, but its name ends in .jpg", result.Refusal, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("picture.gif")]
    [InlineData("picture.png.exe")]
    [InlineData("picture")]
    public void A_name_without_an_accepted_extension_is_refused(string name) =>
        Assert.Null(PictureCheck.Check(TestPictures.Png(), name, _limits).Picture);

    [Fact]
    public void A_png_whose_header_claims_100000_pixels_square_is_refused_before_decoding()
    {
        var result = PictureCheck.Check(TestPictures.PngClaiming(100_000, 100_000), "huge.png", _limits);

        Assert.Null(result.Picture);
        Assert.Contains("100,000 × 100,000 pixels", result.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void A_picture_over_the_limits_is_refused_and_one_at_the_limits_is_not()
    {
        var limits = new PictureOptions { MaxWidth = 40, MaxHeight = 30, MaxPixels = 1200, MaxBytes = 100_000 };

        Assert.NotNull(PictureCheck.Check(TestPictures.Png(40, 30), "a.png", limits).Picture);
        Assert.Null(PictureCheck.Check(TestPictures.Png(41, 30), "a.png", limits).Picture);
        limits.MaxBytes = 10;
        Assert.Null(PictureCheck.Check(TestPictures.Png(40, 30), "a.png", limits).Picture);
    }

    [Fact]
    public void A_cut_short_picture_is_refused()
    {
        var png = TestPictures.Png(400, 300);

        Assert.Null(PictureCheck.Check(png[..(png.Length / 2)], "half.png", _limits).Picture);
    }

    [Fact]
    public void A_drawing_keeps_its_shapes_and_styles_and_loses_its_drawing_programs_extras()
    {
        var picture = PictureCheck.Check(Encoding.UTF8.GetBytes(TestPictures.Svg), "boxes.svg", _limits).Picture;

        Assert.NotNull(picture);
        Assert.Equal((PictureFormat.Svg, 120, 80), (picture.Format, picture.Width, picture.Height));
        var kept = Encoding.UTF8.GetString(picture.Bytes);
        Assert.StartsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"", kept, StringComparison.Ordinal);
        Assert.Contains("<title>Two boxes</title>", kept, StringComparison.Ordinal);
        Assert.Contains("<style>.box { fill: #005eb8; }</style>", kept, StringComparison.Ordinal);
        Assert.Contains("fill=\"url(#shade)\"", kept, StringComparison.Ordinal);
        Assert.DoesNotContain("metadata", kept, StringComparison.Ordinal);
        Assert.DoesNotContain("inkscape", kept, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestPictures.HostileSvgs), MemberType = typeof(TestPictures))]
    public void A_hostile_drawing_is_refused(string hostility, string svg)
    {
        var result = PictureCheck.Check(Encoding.UTF8.GetBytes(svg), "drawing.svg", _limits);

        Assert.True(result.Picture is null, $"{hostility} was accepted");
        Assert.False(string.IsNullOrWhiteSpace(result.Refusal));
    }
}
