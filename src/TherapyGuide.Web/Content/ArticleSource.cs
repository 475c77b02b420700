namespace TherapyGuide.Web.Content;

/// <summary>Where an article's facts come from.</summary>
public sealed class ArticleSource
{
    public required string Title { get; set; }

    /// <summary>Who published it, in words a reader understands (say so when the source names no one).</summary>
    public string? Publisher { get; set; }

    /// <summary>When it was published, as readers should see it: a date, or an honest "No date given; we read it in …".</summary>
    public string? Date { get; set; }

    /// <summary>What the article took from this source.</summary>
    public string? Note { get; set; }

    public string? Url { get; set; }
}
