namespace TherapyGuide.Web.Content;

/// <summary>One save of one content item: who, when, what (a full snapshot of the editable fields) and why.</summary>
public sealed class Revision
{
    public int Id { get; set; }

    public ContentKind Kind { get; set; }

    public int ContentId { get; set; }

    /// <summary>The item's version after this save.</summary>
    public int Version { get; set; }

    /// <summary>The item's name when saved, so history reads well even after a rename or delete.</summary>
    public required string Title { get; set; }

    /// <summary>The editable fields as JSON, enough to restore the item exactly.</summary>
    public required string Snapshot { get; set; }

    public RevisionAction Action { get; set; }

    public string? Note { get; set; }

    public required string Author { get; set; }

    public DateTime CreatedUtc { get; set; }

    /// <summary>The reviewer's account when a reviewer approved this version; null when it went live without a review.</summary>
    public string? ReviewerAccount { get; set; }

    /// <summary>The reviewer's name and role as readers see them.</summary>
    public string? ReviewedBy { get; set; }

    public string? ReviewerRole { get; set; }

    public DateTime? ApprovedUtc { get; set; }

    /// <summary>The draft's version the reviewer approved, which is exactly this version's text.</summary>
    public int? ApprovedDraftVersion { get; set; }

    /// <summary>Published without review as a minor change, under the site's rule.</summary>
    public bool Minor { get; set; }
}
