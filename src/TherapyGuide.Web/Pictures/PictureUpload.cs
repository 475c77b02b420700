namespace TherapyGuide.Web.Pictures;

/// <summary>What came of an upload: the stored picture's id (a new one, or the same picture uploaded before), or why it was refused.</summary>
public sealed record PictureUpload(int? Id, bool AlreadyStored, string? Refusal)
{
    public static PictureUpload Refused(string refusal) => new(null, false, refusal);
}
