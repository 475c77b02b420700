namespace TherapyGuide.Web.Content.Reading;

/// <summary>
/// When what a page shows was last reviewed and is next due, true of every item on it: the oldest last review and the
/// earliest next review among them.
/// </summary>
public sealed record ReviewDates(DateOnly LastReviewed, DateOnly NextReviewDue)
{
    /// <summary>The dates true of all the given items together (a missing one is skipped); null when there are none.</summary>
    public static ReviewDates? Covering(IEnumerable<ReviewDates?> items)
    {
        var known = items.OfType<ReviewDates>().ToList();
        return known.Count == 0 ? null : new ReviewDates(known.Min(d => d.LastReviewed), known.Min(d => d.NextReviewDue));
    }
}
