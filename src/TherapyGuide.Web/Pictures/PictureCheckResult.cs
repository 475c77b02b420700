namespace TherapyGuide.Web.Pictures;

/// <summary>What <see cref="PictureCheck"/> made of a file: the picture to keep, or why it was refused, in an editor's words.</summary>
public sealed record PictureCheckResult(CheckedPicture? Picture, string? Refusal)
{
    public static PictureCheckResult Refused(string refusal) => new(null, refusal);

    public static PictureCheckResult Accepted(CheckedPicture picture) => new(picture, null);
}
