namespace TherapyGuide.Web.Content.Review;

/// <summary>
/// Where a draft is on its way to readers. Stored by name; the numbers are written out so that an added value never
/// shifts the others. A published draft is gone: its revision keeps what it was, who approved it and when.
/// </summary>
public enum DraftState
{
    /// <summary>Being written; only editors see it.</summary>
    Draft = 0,

    /// <summary>Sent to the reviewers; it can still be changed, which sends it back to <see cref="Draft"/>.</summary>
    InReview = 1,

    /// <summary>A reviewer approved exactly this text; any change to it needs a new approval.</summary>
    Approved = 2,
}
