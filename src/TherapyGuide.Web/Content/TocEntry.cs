namespace TherapyGuide.Web.Content;

/// <summary>One heading of an article: its level (2 or 3), its anchor and its text.</summary>
public sealed record TocEntry(int Level, string Id, string Text);
