using System.Buffers.Binary;
using System.Text;
using SkiaSharp;

namespace TherapyGuide.Tests.Pictures;

/// <summary>Pictures made in code for the tests: real ones drawn with SkiaSharp, and hostile ones built byte by byte.</summary>
internal static class TestPictures
{
    /// <summary>A small picture of the given format: a red square on blue, so a decoder has something to decode.</summary>
    public static byte[] Draw(SKEncodedImageFormat format, int width = 40, int height = 30)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.SteelBlue);
            using var paint = new SKPaint { Color = SKColors.Firebrick };
            canvas.DrawRect(5, 5, width / 2f, height / 2f, paint);
        }

        using var data = bitmap.Encode(format, 90);
        return data.ToArray();
    }

    public static byte[] Png(int width = 40, int height = 30) => Draw(SKEncodedImageFormat.Png, width, height);

    public static byte[] Jpeg() => Draw(SKEncodedImageFormat.Jpeg);

    public static byte[] WebP() => Draw(SKEncodedImageFormat.Webp);

    /// <summary>A JPEG with an EXIF block (APP1) right after its start, holding a marker where a camera puts the GPS position.</summary>
    public static byte[] JpegWithExif(string marker)
    {
        var jpeg = Jpeg();
        // "Exif\0\0", then a big-endian TIFF header whose first directory is empty, then the marker as trailing data.
        var tiff = new List<byte>();
        tiff.AddRange("Exif\0\0"u8.ToArray());
        tiff.AddRange([(byte)'M', (byte)'M', 0, 42, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0]);
        tiff.AddRange(Encoding.ASCII.GetBytes(marker));
        var length = tiff.Count + 2;
        byte[] segment = [0xFF, 0xE1, (byte)(length >> 8), (byte)length, .. tiff];
        return [.. jpeg[..2], .. segment, .. jpeg[2..]];
    }

    /// <summary>A real PNG with a web page after its end: a file that is a picture to one program and a page to another.</summary>
    public static byte[] PngWithPage() =>
        [.. Png(), .. "<html><body><script>alert(document.cookie)</script></body></html>"u8.ToArray()];

    /// <summary>A PNG whose header claims a picture of <paramref name="width"/> × <paramref name="height"/> pixels, with almost no data.</summary>
    public static byte[] PngClaiming(int width, int height)
    {
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth
        header[9] = 6; // RGBA
        return [.. new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }, .. Chunk("IHDR", header), .. Chunk("IDAT", [0x78, 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01]), .. Chunk("IEND", [])];
    }

    private static byte[] Chunk(string type, byte[] data)
    {
        var typeBytes = Encoding.ASCII.GetBytes(type);
        var length = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        var sum = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(sum, Crc32([.. typeBytes, .. data]));
        return [.. length, .. typeBytes, .. data, .. sum];
    }

    /// <summary>The CRC-32 a PNG chunk ends with (the one zlib uses), bit by bit: the tests' chunks are a few bytes.</summary>
    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }

    public const string Svg = """
        <?xml version="1.0" encoding="UTF-8"?>
        <svg xmlns="http://www.w3.org/2000/svg" xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" viewBox="0 0 120 80" width="120" height="80">
          <metadata>made by a drawing program</metadata>
          <title>Two boxes</title>
          <style>.box { fill: #005eb8; }</style>
          <rect class="box" x="10" y="10" width="40" height="40" inkscape:label="left"/>
          <circle cx="90" cy="30" r="20" fill="url(#shade)"/>
          <defs><linearGradient id="shade"><stop offset="0" stop-color="#fff"/><stop offset="1" stop-color="#000"/></linearGradient></defs>
        </svg>
        """;

    /// <summary>SVGs that must be refused, each with what makes it hostile.</summary>
    public static TheoryData<string, string> HostileSvgs => new()
    {
        { "script", """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><script>alert(1)</script></svg>""" },
        { "onload", """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" onload="alert(1)"><rect width="5" height="5"/></svg>""" },
        { "onclick on a child", """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="5" height="5" OnClick="alert(1)"/></svg>""" },
        { "foreignObject", """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><foreignObject width="10" height="10"><body xmlns="http://www.w3.org/1999/xhtml"><script>alert(1)</script></body></foreignObject></svg>""" },
        { "javascript: link", """<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10"><a xlink:href="javascript:alert(1)"><rect width="5" height="5"/></a></svg>""" },
        { "javascript: in use", """<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10"><use xlink:href="javascript:alert(1)"/></svg>""" },
        { "external image", """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><image href="https://tracker.example/pixel.png" width="10" height="10"/></svg>""" },
        { "external use", """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><use href="https://elsewhere.example/sprite.svg#a"/></svg>""" },
        { "style @import", """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><style>@import url(https://elsewhere.example/x.css);</style></svg>""" },
        { "style url()", """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="5" height="5" style="fill: url( 'https://elsewhere.example/x' )"/></svg>""" },
        { "animation setting href", """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><set attributeName="href" to="javascript:alert(1)"/></svg>""" },
        { "DTD entity bomb", """
            <?xml version="1.0"?>
            <!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><text>&d;&d;&d;&d;</text></svg>
            """ },
        { "external entity", """
            <?xml version="1.0"?>
            <!DOCTYPE svg [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><text>&secret;</text></svg>
            """ },
        { "style sheet instruction", """<?xml-stylesheet href="https://elsewhere.example/x.css"?><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"/>""" },
        { "HTML page", """<html><body><script>alert(1)</script></body></html>""" },
        { "no namespace", """<svg viewBox="0 0 10 10"><rect width="5" height="5"/></svg>""" },
        { "huge size", """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100000 100000"><rect width="5" height="5"/></svg>""" },
    };
}
