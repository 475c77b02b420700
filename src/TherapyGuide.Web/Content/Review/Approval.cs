namespace TherapyGuide.Web.Content.Review;

/// <summary>A reviewer's approval of one draft: who (their account, and their name and role as readers see them) and when.</summary>
public sealed record Approval(string ReviewerAccount, string ReviewerName, string ReviewerRole, DateTime ApprovedUtc, int DraftId, int DraftVersion)
{
    public static Approval? Of(ContentDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return draft is { State: DraftState.Approved, ReviewerAccount: { } account, ReviewerName: { } name, ReviewerRole: { } role, ApprovedUtc: { } at }
            ? new Approval(account, name, role, at, draft.Id, draft.Version)
            : null;
    }
}
