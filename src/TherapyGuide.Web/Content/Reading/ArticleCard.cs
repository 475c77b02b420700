

namespace TherapyGuide.Web.Content.Reading;

/// <summary>An article as lists show it.</summary>
public sealed record ArticleCard(string Slug, string Title, string Summary, ArticleTopic Topic)
{
    /// <summary>The language of its title and summary: English on a translation's list while it has no translation yet.</summary>
    public TextLanguage Language { get; init; } = TextLanguage.English;
}
