namespace TherapyGuide.Web.Areas.Admin.Pages;

/// <summary>
/// What changed in a text, passage by passage, and how many unchanged lines follow the last change. No passages means
/// only spaces, line endings or blank lines changed.
/// </summary>
public sealed record TextComparison(IReadOnlyList<ChangedPassage> Passages, int LinesAfter);
