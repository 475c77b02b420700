using SkiaSharp;

namespace TherapyGuide.Web.Pictures;

/// <summary>
/// Decides what an uploaded file is from its bytes (never from its name or the browser's word), checks its size before
/// decoding it, and makes the bytes the site will serve: PNG, JPEG and WebP are decoded in full and encoded again, which
/// drops whatever else the file carried (metadata such as a photo's GPS position, a script or page appended after the
/// picture); SVG is cleaned to an allow-list by <see cref="SvgCleaner"/>.
/// </summary>
public static class PictureCheck
{
    private static readonly byte[] _png = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    public const string Accepted = "PNG, JPEG, WebP or SVG";

    public static PictureCheckResult Check(byte[] bytes, string fileName, PictureOptions limits)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(limits);
        if (bytes.Length == 0)
        {
            return PictureCheckResult.Refused("The file is empty.");
        }

        if (bytes.Length > limits.MaxBytes)
        {
            return PictureCheckResult.Refused($"The file is {FileSize(bytes.Length)}; a picture can be at most {FileSize(limits.MaxBytes)}. Save it smaller and upload it again.");
        }

        if (PictureFormats.FromFileName(fileName) is not { } named)
        {
            return PictureCheckResult.Refused($"The file’s name must end in .png, .jpg, .jpeg, .webp or .svg: only {Accepted} pictures can be uploaded.");
        }

        var sniffed = Sniff(bytes);
        if (sniffed is null)
        {
            return named == PictureFormat.Svg
                ? SvgCleaner.Clean(bytes, limits)
                : PictureCheckResult.Refused($"The file is {OtherKind(bytes)}, not a {named.Label()} picture, though its name ends in {Path.GetExtension(fileName)}. Only {Accepted} pictures can be uploaded.");
        }

        if (sniffed != named)
        {
            return PictureCheckResult.Refused($"The file is a {sniffed.Value.Label()} picture, but its name ends in {Path.GetExtension(fileName)}. Name it .{sniffed.Value.Extension()} and upload it again.");
        }

        try
        {
            return EncodeAgain(bytes, sniffed.Value, limits);
        }
        catch (Exception failure) when (failure is ArgumentException or InvalidOperationException or NotSupportedException)
        {
            return PictureCheckResult.Refused(Unreadable(sniffed.Value));
        }
    }

    /// <summary>The raster format the file's first bytes announce, or null.</summary>
    private static PictureFormat? Sniff(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith(_png))
        {
            return PictureFormat.Png;
        }

        if (bytes.Length >= 3 && bytes[0] == 0xFF && bytes[1] == 0xD8 && bytes[2] == 0xFF)
        {
            return PictureFormat.Jpeg;
        }

        return bytes.Length >= 12 && bytes[..4].SequenceEqual("RIFF"u8) && bytes[8..12].SequenceEqual("WEBP"u8)
            ? PictureFormat.WebP
            : null;
    }

    /// <summary>What a file that is none of the accepted pictures seems to be, for the refusal.</summary>
    private static string OtherKind(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("GIF8"u8))
        {
            return "a GIF picture";
        }

        if (bytes.StartsWith("%PDF"u8))
        {
            return "a PDF document";
        }

        if (bytes.StartsWith("PK"u8))
        {
            return "a ZIP archive (or an Office document)";
        }

        var text = bytes.TrimStart("\uFEFF"u8).TrimStart(" \t\r\n"u8);
        return text.StartsWith("<"u8) ? "text (HTML, XML or SVG)" : "not a picture the site can read";
    }

    private static PictureCheckResult EncodeAgain(byte[] bytes, PictureFormat format, PictureOptions limits)
    {
        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data);
        if (codec is null)
        {
            return PictureCheckResult.Refused(Unreadable(format));
        }

        // The header's size, before a single pixel is decoded: a few bytes can claim a picture that needs gigabytes.
        var (width, height) = (codec.Info.Width, codec.Info.Height);
        if (SizeProblem(width, height, limits) is { } tooLarge)
        {
            return PictureCheckResult.Refused(tooLarge);
        }

        // Unpremultiplied, so that encoding again gives back the same colours where the picture is partly transparent.
        var target = new SKImageInfo(width, height, SKColorType.Rgba8888, format == PictureFormat.Jpeg ? SKAlphaType.Opaque : SKAlphaType.Unpremul);
        using var decoded = new SKBitmap(target);
        if (codec.GetPixels(target, decoded.GetPixels()) != SKCodecResult.Success)
        {
            return PictureCheckResult.Refused(Unreadable(format));
        }

        // A phone photo is often stored sideways with a note to turn it; the note goes with the metadata, so it is done now.
        using var upright = Upright(decoded, codec.EncodedOrigin);
        using var pixels = (upright ?? decoded).PeekPixels();
        using var encoded = format switch
        {
            PictureFormat.Png => pixels.Encode(SKEncodedImageFormat.Png, 100),
            PictureFormat.Jpeg => pixels.Encode(SKEncodedImageFormat.Jpeg, 90),
            _ => pixels.Encode(IsLosslessWebP(bytes)
                ? new SKWebpEncoderOptions(SKWebpEncoderCompression.Lossless, 75)
                : new SKWebpEncoderOptions(SKWebpEncoderCompression.Lossy, 90)),
        };
        return encoded is null
            ? PictureCheckResult.Refused(Unreadable(format))
            : PictureCheckResult.Accepted(new CheckedPicture(format, encoded.ToArray(), pixels.Width, pixels.Height));
    }

    /// <summary>Why a picture of this size is refused, or null when it fits the limits.</summary>
    internal static string? SizeProblem(long width, long height, PictureOptions limits)
    {
        if (width <= 0 || height <= 0)
        {
            return "The picture has no size (its width or height is 0).";
        }

        return width > limits.MaxWidth || height > limits.MaxHeight || width * height > limits.MaxPixels
            ? $"The picture is {width:N0} × {height:N0} pixels; it can be at most {limits.MaxWidth:N0} wide, {limits.MaxHeight:N0} high and {limits.MaxPixels:N0} pixels in all. Make it smaller and upload it again."
            : null;
    }

    /// <summary>A lossless WebP's first chunk is VP8L; a lossy one's is VP8 or VP8X.</summary>
    private static bool IsLosslessWebP(byte[] bytes) => bytes.AsSpan(12).StartsWith("VP8L"u8);

    /// <summary>The picture turned as its EXIF orientation says, or null when it is upright already.</summary>
    private static SKBitmap? Upright(SKBitmap bitmap, SKEncodedOrigin origin)
    {
        if (origin is SKEncodedOrigin.TopLeft)
        {
            return null;
        }

        var (w, h) = (bitmap.Width, bitmap.Height);
        var sideways = origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        // A canvas draws on premultiplied pixels only; the encoder takes either.
        var info = bitmap.Info.WithSize(sideways ? h : w, sideways ? w : h);
        var turned = new SKBitmap(info.AlphaType == SKAlphaType.Opaque ? info : info.WithAlphaType(SKAlphaType.Premul));
        using var canvas = new SKCanvas(turned);
        switch (origin)
        {
            case SKEncodedOrigin.TopRight:
                canvas.Translate(w, 0);
                canvas.Scale(-1, 1);
                break;
            case SKEncodedOrigin.BottomRight:
                canvas.Translate(w, h);
                canvas.RotateDegrees(180);
                break;
            case SKEncodedOrigin.BottomLeft:
                canvas.Translate(0, h);
                canvas.Scale(1, -1);
                break;
            case SKEncodedOrigin.LeftTop:
                canvas.RotateDegrees(90);
                canvas.Scale(1, -1);
                break;
            case SKEncodedOrigin.RightTop:
                canvas.Translate(h, 0);
                canvas.RotateDegrees(90);
                break;
            case SKEncodedOrigin.RightBottom:
                canvas.Translate(h, w);
                canvas.RotateDegrees(90);
                canvas.Scale(-1, 1);
                break;
            case SKEncodedOrigin.LeftBottom:
                canvas.Translate(0, w);
                canvas.RotateDegrees(-90);
                break;
            default:
                break;
        }

        canvas.DrawBitmap(bitmap, 0, 0, new SKSamplingOptions(SKFilterMode.Nearest), null);
        return turned;
    }

    private static string Unreadable(PictureFormat format) =>
        $"The file starts like a {format.Label()} picture but could not be read as one: it may be damaged or cut short. Open it in a picture editor, save it again and upload that.";

    /// <summary>A file's size as an editor reads it: "1.2 MB", or "48 KB" under a megabyte.</summary>
    internal static string FileSize(long bytes) =>
        bytes < 1_000_000 ? $"{Math.Max(1, bytes / 1_000):0} KB" : $"{bytes / 1_000_000d:0.#} MB";
}
