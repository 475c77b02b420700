using TherapyGuide.Web.Content;

namespace TherapyGuide.Web.Pages.Articles;

/// <summary>An article as lists show it.</summary>
public sealed record ArticleCard(string Slug, string Title, string Summary, ArticleTopic Topic);
