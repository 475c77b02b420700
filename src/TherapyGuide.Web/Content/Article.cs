namespace TherapyGuide.Web.Content;

public sealed class Article : ContentItem
{
    public required string Title { get; set; }

    public required string Summary { get; set; }

    public ArticleTopic Topic { get; set; }

    /// <summary>Position in the article list, smallest first.</summary>
    public int Order { get; set; }

    public required string BodyMarkdown { get; set; }

    /// <summary>Sanitized HTML, rendered once when the article is saved so that requests never run Markdig.</summary>
    public required string BodyHtml { get; set; }

    /// <summary>The <see cref="MarkdownRenderer.Version"/> that rendered <see cref="BodyHtml"/>; an older one is rendered
    /// again at start.</summary>
    public int RenderVersion { get; set; }

    /// <summary>The body's second- and third-level headings, for the "On this page" list.</summary>
    public List<TocEntry> TableOfContents { get; set; } = [];

    public int WordCount { get; set; }

    /// <summary>Flesch–Kincaid grade of the body, worked out on save.</summary>
    public double ReadingGrade { get; set; }

    public ArticleStatus Status { get; set; }

    public DateOnly? Published { get; set; }

    public List<ArticleSource> Sources { get; set; } = [];

    /// <summary>Slugs of articles a reader may want next.</summary>
    public List<string> RelatedSlugs { get; set; } = [];

    /// <summary>Sets the Markdown body and everything worked out from it, so stored HTML never drifts from its source.</summary>
    public void SetBody(string markdown, MarkdownRenderer renderer)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        var rendered = renderer.Render(markdown);
        BodyMarkdown = markdown;
        BodyHtml = rendered.Html;
        RenderVersion = MarkdownRenderer.Version;
        TableOfContents = [.. rendered.Headings];
        WordCount = rendered.WordCount;
        ReadingGrade = ReadingLevel.Grade(rendered.PlainText);
    }

    public override void FollowOriginal(ContentItem original)
    {
        var english = (Article)original;
        Topic = english.Topic;
        Order = english.Order;
        Status = english.Status;
        Published = english.Published;
        RelatedSlugs = [.. english.RelatedSlugs];
    }

    /// <summary>Minutes a reader needs, at about 200 words a minute (never less than one).</summary>
    public int ReadingMinutes => Math.Max(1, (int)Math.Round(WordCount / 200.0));
}
