namespace TherapyGuide.Web.Pages.Layout;

/// <summary>A section's content and the level of its top headings (2 on its own page, 3 inside the printable pack).</summary>
public sealed record Section<T>(T Content, int Level = 2, string IdPrefix = "");
