namespace TherapyGuide.Web.Content.Review;

/// <summary>
/// On whose word a change reaches readers, which <see cref="ReviewRule"/> checks in the one save path: an editor's save
/// (maybe marked minor), a reviewer's approval, or the content files (reviewed in the repository and deployed by
/// whoever runs the site).
/// </summary>
public sealed record Publication(Approval? Approval = null, bool Minor = false, bool FromContentFiles = false)
{
    /// <summary>An editor's save, with no approval.</summary>
    public static readonly Publication Direct = new();

    public static readonly Publication ContentFiles = new(FromContentFiles: true);
}
