namespace TherapyGuide.Web.Content;

/// <summary>An article's old slug, answered with a permanent redirect to the article's current address.</summary>
public sealed class SlugRedirect
{
    public int Id { get; set; }

    public required string OldSlug { get; set; }

    public int ArticleId { get; set; }

    public DateTime CreatedUtc { get; set; }
}
