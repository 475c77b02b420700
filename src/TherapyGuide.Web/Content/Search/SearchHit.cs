namespace TherapyGuide.Web.Content.Search;

/// <summary>One search result; the snippet marks matches with \u0001 and \u0002.</summary>
public sealed class SearchHit
{
    public required string Kind { get; init; }

    public required string Slug { get; init; }

    public required string Title { get; init; }

    public required string Snippet { get; init; }

    public double Rank { get; init; }

    /// <summary>How urgent and what to do, for a side effect or the urgent-help block; null for every other kind.</summary>
    public SearchAdvice? Advice { get; init; }
}
