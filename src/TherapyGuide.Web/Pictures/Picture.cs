namespace TherapyGuide.Web.Pictures;

/// <summary>
/// A picture an editor uploaded, checked and (for PNG, JPEG and WebP) encoded again by the site. Never changed once
/// stored: its address carries its fingerprint, so browsers and front caches keep it for a year.
/// </summary>
public sealed class Picture
{
    public int Id { get; set; }

    /// <summary>SHA-256 of the stored bytes, as 64 lowercase hex digits.</summary>
    public required string Fingerprint { get; set; }

    /// <summary>The first 16 digits of the fingerprint: the folder in the picture's address, /media/{key}/{name}.{ext}.</summary>
    public required string AddressKey { get; set; }

    /// <summary>The uploaded file's name made into a slug ("car-t-steps"), without extension.</summary>
    public required string FileName { get; set; }

    public PictureFormat Format { get; set; }

    public required string ContentType { get; set; }

    /// <summary>The bytes, when kept in the store; null when kept in the pictures folder (TherapyGuide:Pictures:Folder).</summary>
    public byte[]? Bytes { get; set; }

    public long ByteLength { get; set; }

    public int Width { get; set; }

    public int Height { get; set; }

    /// <summary>What the picture shows, in a few words: the img's alt text where an editor does not write their own.</summary>
    public required string AltText { get; set; }

    /// <summary>Everything the picture shows, in plain text, for readers who cannot see it (a diagram's steps, a chart's numbers).</summary>
    public string? LongDescription { get; set; }

    public required string UploadedBy { get; set; }

    public DateTime UploadedUtc { get; set; }

    public string Address => MediaAddress.Of(AddressKey, FileName, Format);
}
