namespace TherapyGuide.Web.Content;

/// <summary>What every piece of editable content shares: an address, a version, its timestamps and its review dates.</summary>
public abstract class ContentItem
{
    public int Id { get; set; }

    /// <summary>The item's address part, lowercase words joined by hyphens (unique per kind).</summary>
    public required string Slug { get; set; }

    /// <summary>Raised by one on every save; a save made from an older version is refused.</summary>
    public int Version { get; set; } = 1;

    public DateTime CreatedUtc { get; set; }

    public DateTime UpdatedUtc { get; set; }

    /// <summary>When an editor last checked the content against its sources: a reader's "last reviewed", not the last save.</summary>
    public DateOnly LastReviewed { get; set; }

    /// <summary>When the content is next to be checked; always after <see cref="LastReviewed"/>.</summary>
    public DateOnly NextReviewDue { get; set; }
}
