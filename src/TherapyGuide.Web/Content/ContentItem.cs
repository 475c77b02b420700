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

    /// <summary>
    /// The reviewer who approved the text readers see, as readers see them named ("Dr Ana Ruiz"); null when it went live
    /// without a review, or changed without one since (a minor change keeps the approval).
    /// </summary>
    public string? ReviewedBy { get; set; }

    /// <summary>The reviewer's role in their own words ("Consultant haematologist").</summary>
    public string? ReviewerRole { get; set; }

    public DateTime? ApprovedUtc { get; set; }

    /// <summary>
    /// The language of the text (<see cref="Languages.SiteLanguage.Code"/>): "en" for the original, another code for a
    /// translation, which has the same slug as its original in its own language's addresses.
    /// </summary>
    public string Language { get; set; } = "en";

    /// <summary>The original (English) item a translation was made from; null for the original itself.</summary>
    public int? SourceId { get; set; }

    /// <summary>
    /// The original's <see cref="Version"/> the translation says everything of: when the original's version is higher,
    /// readers of the translation are told it may be behind, and translators see what changed since.
    /// </summary>
    public int? SourceVersion { get; set; }

    /// <summary>
    /// Takes from the original what is never translated, only followed: an urgency, a therapy, a status, a position.
    /// A translation can change none of them, so a Spanish card always says exactly as urgent as the English one.
    /// </summary>
    public virtual void FollowOriginal(ContentItem original)
    {
    }
}
