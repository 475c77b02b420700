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
}
