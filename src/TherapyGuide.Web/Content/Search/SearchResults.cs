namespace TherapyGuide.Web.Content.Search;

/// <summary>One page of search hits; <see cref="Total"/> is exact up to <see cref="SiteSearch.CountLimit"/>, and one more means "more than that".</summary>
public sealed record SearchResults(IReadOnlyList<SearchHit> Hits, int Total, int Page, bool HasNext)
{
    public static SearchResults None { get; } = new([], 0, 1, HasNext: false);

    public bool TotalIsLowerBound => Total > SiteSearch.CountLimit;
}
