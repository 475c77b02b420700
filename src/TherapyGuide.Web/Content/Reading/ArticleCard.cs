

namespace TherapyGuide.Web.Content.Reading;

/// <summary>An article as lists show it.</summary>
public sealed record ArticleCard(string Slug, string Title, string Summary, ArticleTopic Topic);
