namespace TherapyGuide.Web.Content;

/// <summary>
/// What rendering an article body yields: safe HTML, its headings and its plain text. <paramref name="Refusal"/> says
/// why the body was shown as plain text instead (a table too wide to render), for the editor's preview.
/// </summary>
public sealed record RenderedMarkdown(string Html, IReadOnlyList<TocEntry> Headings, string PlainText, int WordCount, string? Refusal = null);
