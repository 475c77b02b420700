using DiffPlex.DiffBuilder.Model;

namespace TherapyGuide.Web.Areas.Admin.Pages;

/// <summary>Words of a changed passage: kept (<see cref="ChangeType.Unchanged"/>), removed (<see cref="ChangeType.Deleted"/>) or added (<see cref="ChangeType.Inserted"/>).</summary>
public sealed record TextPiece(ChangeType Change, string Text);
