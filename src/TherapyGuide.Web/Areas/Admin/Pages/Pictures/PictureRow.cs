using TherapyGuide.Web.Pictures;

namespace TherapyGuide.Web.Areas.Admin.Pages.Pictures;

/// <summary>A stored picture as the editors' pages list it (never its bytes).</summary>
public sealed record PictureRow(
    int Id,
    string AddressKey,
    string FileName,
    PictureFormat Format,
    int Width,
    int Height,
    long ByteLength,
    string AltText,
    string? LongDescription,
    string UploadedBy,
    DateTime UploadedUtc)
{
    public string Address => MediaAddress.Of(AddressKey, FileName, Format);

    /// <summary>What an editor pastes into an article's Markdown to show the picture.</summary>
    public string Markdown => PictureMarkdown.Of(AltText, Address);
}
