namespace TherapyGuide.Web.Caching;

/// <summary>
/// The store's one row that counts changes to public pages, so every node of a site gives the same page the same
/// ETag (see <see cref="ContentVersion"/>).
/// </summary>
public sealed class PublicVersion
{
    public const int OnlyId = 1;

    public int Id { get; set; } = OnlyId;

    /// <summary>
    /// Grows with every change, and never runs below the time of the change in microseconds since 1970: a store
    /// restored from an older backup goes back to the number its pages had then, and moves past every number given
    /// out since at its next change.
    /// </summary>
    public long Changes { get; set; }
}
