namespace TherapyGuide.Web.Content.Reading;

/// <summary>One article as the Atom feed gives it.</summary>
public sealed record FeedEntry(string Slug, string Title, string Summary, string BodyHtml, DateTime UpdatedUtc, DateOnly? Published);
