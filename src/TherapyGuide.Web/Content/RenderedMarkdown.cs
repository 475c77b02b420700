namespace TherapyGuide.Web.Content;

/// <summary>What rendering an article body yields: safe HTML, its headings and its plain text.</summary>
public sealed record RenderedMarkdown(string Html, IReadOnlyList<TocEntry> Headings, string PlainText, int WordCount);
