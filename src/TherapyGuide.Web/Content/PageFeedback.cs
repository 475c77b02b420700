namespace TherapyGuide.Web.Content;

/// <summary>A reader's answer to "Was this page helpful?". Never shown publicly; summarised for editors.</summary>
public sealed class PageFeedback
{
    public int Id { get; set; }

    /// <summary>The site path the answer is about, such as /articles/what-treatment-is-like; checked to be a real page.</summary>
    public required string Path { get; set; }

    public bool Helpful { get; set; }

    /// <summary>The optional short comment, as plain text with control characters removed.</summary>
    public string? Comment { get; set; }

    public DateTime CreatedUtc { get; set; }
}
