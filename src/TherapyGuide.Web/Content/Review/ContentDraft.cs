namespace TherapyGuide.Web.Content.Review;

/// <summary>
/// A change to one item that readers do not see yet: the whole form, as a revision holds it, and where it is on its
/// way (<see cref="DraftState"/>). An item has at most one draft; a new item's draft has no <see cref="ContentId"/>.
/// </summary>
public sealed class ContentDraft
{
    public int Id { get; set; }

    public ContentKind Kind { get; set; }

    /// <summary>The item the draft changes; null for an item that is not published yet.</summary>
    public int? ContentId { get; set; }

    /// <summary>The item's version the draft was written over (0 for a new item): publishing it over a newer one is refused.</summary>
    public int BaseVersion { get; set; }

    /// <summary>The item's name in the draft, for lists.</summary>
    public required string Title { get; set; }

    /// <summary>The form as JSON, the same shape as a revision's snapshot.</summary>
    public required string Snapshot { get; set; }

    public DraftState State { get; set; }

    /// <summary>Raised by one on every change to the draft; a change made from an older one is refused.</summary>
    public int Version { get; set; } = 1;

    /// <summary>The editor's note, saved with the revision when the draft is published.</summary>
    public string? Note { get; set; }

    /// <summary>Whoever saved it last; the revision's author when it is published.</summary>
    public required string Author { get; set; }

    /// <summary>Everyone who saved this draft: none of them may approve it.</summary>
    public List<string> Contributors { get; set; } = [];

    /// <summary>Set when the draft was saved: it changes a field readers rely on for safety (the reviewer sees which).</summary>
    public bool SafetyCritical { get; set; }

    /// <summary>The editor says it is a typo fix; the site's rule decides whether it may go live without review.</summary>
    public bool Minor { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime UpdatedUtc { get; set; }

    public string? SubmittedBy { get; set; }

    public DateTime? SubmittedUtc { get; set; }

    /// <summary>The reviewer's account (their sign-in name), kept for the audit trail; readers see <see cref="ReviewerName"/>.</summary>
    public string? ReviewerAccount { get; set; }

    public string? ReviewerName { get; set; }

    /// <summary>What the reviewer says they are ("Consultant haematologist"), shown to readers with their name.</summary>
    public string? ReviewerRole { get; set; }

    public DateTime? ApprovedUtc { get; set; }

    /// <summary>What the reviewer said when sending it back, or when approving.</summary>
    public string? ReviewComment { get; set; }

    /// <summary>When an approved draft goes live on its own; null: an editor publishes it.</summary>
    public DateTime? PublishAtUtc { get; set; }
}
