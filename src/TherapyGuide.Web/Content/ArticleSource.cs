namespace TherapyGuide.Web.Content;

/// <summary>Where an article's facts come from.</summary>
public sealed class ArticleSource
{
    public required string Title { get; set; }

    public string? Note { get; set; }

    public string? Url { get; set; }
}
