namespace TherapyGuide.Web.Pictures;

/// <summary>What each <see cref="PictureFormat"/> is called, served as and named with.</summary>
public static class PictureFormats
{
    public static string ContentType(this PictureFormat format) => format switch
    {
        PictureFormat.Png => "image/png",
        PictureFormat.Jpeg => "image/jpeg",
        PictureFormat.WebP => "image/webp",
        PictureFormat.Svg => "image/svg+xml",
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    /// <summary>The extension the site gives the picture's address, without the dot.</summary>
    public static string Extension(this PictureFormat format) => format switch
    {
        PictureFormat.Png => "png",
        PictureFormat.Jpeg => "jpg",
        PictureFormat.WebP => "webp",
        PictureFormat.Svg => "svg",
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    /// <summary>The name an editor knows the format by, for messages.</summary>
    public static string Label(this PictureFormat format) => format switch
    {
        PictureFormat.Png => "PNG",
        PictureFormat.Jpeg => "JPEG",
        PictureFormat.WebP => "WebP",
        PictureFormat.Svg => "SVG",
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    /// <summary>The format a file name's extension names (".jpg" and ".jpeg" alike), or null for any other.</summary>
    public static PictureFormat? FromFileName(string fileName) =>
        Path.GetExtension(fileName).ToUpperInvariant() switch
        {
            ".PNG" => PictureFormat.Png,
            ".JPG" or ".JPEG" => PictureFormat.Jpeg,
            ".WEBP" => PictureFormat.WebP,
            ".SVG" => PictureFormat.Svg,
            _ => null,
        };
}
