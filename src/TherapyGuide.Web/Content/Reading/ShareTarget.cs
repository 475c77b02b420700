namespace TherapyGuide.Web.Content.Reading;

/// <summary>The published article a reader shares an experience of.</summary>
public sealed record ShareTarget(int Id, string Slug, string Title);
