namespace TherapyGuide.Web.Content;

/// <summary>
/// Remembers every item ever imported from data/content, so that an item an editor deleted
/// is not brought back by the next start.
/// </summary>
public sealed class ContentImport
{
    public int Id { get; set; }

    public required string Kind { get; set; }

    public required string Slug { get; set; }

    public DateTime ImportedUtc { get; set; }

    /// <summary>
    /// A hash of the files' version of the item last imported, or taken or kept by an editor (see
    /// <see cref="Files.ContentFileSnapshot.HashOf"/>): when the files' item hashes differently, the files have changed
    /// since. Null for imports made before hashes were kept.
    /// </summary>
    public string? Hash { get; set; }

    /// <summary>
    /// The files' newer version (a form snapshot) of an item an editor has changed since it was imported, waiting
    /// for an editor to take it or keep their own; null when there is none.
    /// </summary>
    public string? NewerSnapshot { get; set; }
}
