namespace TherapyGuide.Web.Content.Reading;

/// <summary>One item with a page of its own, and when it last changed.</summary>
public sealed record SitemapItem(string Slug, DateTime UpdatedUtc);
