namespace TherapyGuide.Web.Areas.Admin.Pages;

/// <summary>The links an edit page offers for a saved item.</summary>
public sealed record ItemActions(string HistoryPath, string? DeletePath, string PublicPath);
