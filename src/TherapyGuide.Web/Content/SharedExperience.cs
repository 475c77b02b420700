namespace TherapyGuide.Web.Content;

/// <summary>A reader's own experience, shared under an article. Nothing is shown before an editor approves it.</summary>
public sealed class SharedExperience
{
    public int Id { get; set; }

    public int ArticleId { get; set; }

    /// <summary>The name the reader chose to be shown with; never an email address.</summary>
    public required string DisplayName { get; set; }

    /// <summary>The experience as plain text, with control characters removed; always shown encoded.</summary>
    public required string Text { get; set; }

    public ExperienceStatus Status { get; set; }

    public DateTime SubmittedUtc { get; set; }

    /// <summary>When an editor last approved, rejected or hid it; rejected and hidden ones are deleted a while after.</summary>
    public DateTime? ModeratedUtc { get; set; }
}
