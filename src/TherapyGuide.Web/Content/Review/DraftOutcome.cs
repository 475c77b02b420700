namespace TherapyGuide.Web.Content.Review;

/// <summary>What a change to a draft did.</summary>
public enum DraftOutcome
{
    Done,
    NotFound,

    /// <summary>Someone changed the draft (or published or discarded it) after this page was loaded; nothing was written.</summary>
    Conflict,

    /// <summary>Not allowed in the draft's state, or not by this person (approving one's own change); nothing was written.</summary>
    Refused,
}

/// <summary>What a change to a draft did, the draft's id and version after it, and, when refused, why in words for the editor.</summary>
public sealed record DraftResult(DraftOutcome Outcome, int DraftId = 0, int Version = 0, string? Reason = null);
