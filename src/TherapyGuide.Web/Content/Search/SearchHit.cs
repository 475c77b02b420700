namespace TherapyGuide.Web.Content.Search;

/// <summary>One search result as the page shows it: the store's match, with what to do for an urgent one.</summary>
public sealed class SearchHit : SearchMatch
{
    /// <summary>How urgent and what to do, for a side effect or the urgent-help block; null for every other kind.</summary>
    public SearchAdvice? Advice { get; init; }
}
