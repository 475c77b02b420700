

namespace TherapyGuide.Web.Content.Reading;

/// <summary>What the article page shows, read without tracking.</summary>
public sealed record ArticleView(
    string Slug,
    string Title,
    string Summary,
    ArticleTopic Topic,
    string BodyHtml,
    List<TocEntry> TableOfContents,
    int WordCount,
    DateOnly? Published,
    DateOnly LastReviewed,
    DateOnly NextReviewDue,
    List<ArticleSource> Sources,
    List<string> RelatedSlugs)
{
    public int ReadingMinutes => Math.Max(1, (int)Math.Round(WordCount / 200.0));

    /// <summary>Who approved the text readers see, when a reviewer did.</summary>
    public ClinicalReview? Review { get; init; }

    /// <summary>The language of the article's text, and whether it is behind its original.</summary>
    public TextLanguage Language { get; init; } = TextLanguage.English;

    public static ArticleView Of(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return new(
            article.Slug, article.Title, article.Summary, article.Topic, article.BodyHtml, article.TableOfContents, article.WordCount,
            article.Published, article.LastReviewed, article.NextReviewDue, article.Sources, article.RelatedSlugs)
        {
            Review = ClinicalReview.Of(article),
        };
    }
}
