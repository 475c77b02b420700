namespace TherapyGuide.Web.Areas.Admin.Pages;

/// <summary>A field that differs between two versions: both whole values, and the changed words between them.</summary>
public sealed record FieldChange(string Label, string OldValue, string NewValue, TextComparison Words);
