namespace TherapyGuide.Web.Pictures;

/// <summary>Where uploaded pictures are kept and how large they may be ("TherapyGuide:Pictures").</summary>
public sealed class PictureOptions
{
    /// <summary>
    /// A folder to keep the pictures' bytes in, each file named by its fingerprint. Empty (the default): the bytes are
    /// kept in the store, so a backup of the store holds them too.
    /// </summary>
    public string? Folder { get; set; }

    /// <summary>The largest file an editor may upload, in bytes.</summary>
    public long MaxBytes { get; set; } = 5_000_000;

    /// <summary>The widest picture, in pixels.</summary>
    public int MaxWidth { get; set; } = 4_000;

    /// <summary>The tallest picture, in pixels.</summary>
    public int MaxHeight { get; set; } = 4_000;

    /// <summary>
    /// The most pixels in all (width × height). Decoding needs four bytes a pixel: 16 million pixels is 64 MB of memory
    /// for the moment the picture is checked.
    /// </summary>
    public long MaxPixels { get; set; } = 16_000_000;

    /// <summary>The largest upload request: the file, the alt text, the description and the form around them.</summary>
    internal long MaxRequestBytes => MaxBytes + 100_000;
}
