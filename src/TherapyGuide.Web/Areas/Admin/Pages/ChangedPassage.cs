namespace TherapyGuide.Web.Areas.Admin.Pages;

/// <summary>
/// A run of changed lines (paragraphs, in Markdown) with its words marked, after <paramref name="LinesBefore"/>
/// unchanged lines (blank ones not counted) since the passage before it or the start of the field.
/// </summary>
public sealed record ChangedPassage(int LinesBefore, IReadOnlyList<TextPiece> Pieces);
