namespace TherapyGuide.Web.Content.Review;

/// <summary>
/// <c>TherapyGuide:Review</c>: which changes need a reviewer's approval before readers see them. Set by whoever runs
/// the site, shown on the dashboard; not something an editor can switch off from /admin.
/// </summary>
public sealed class ReviewOptions
{
    public const string Section = "TherapyGuide:Review";

    /// <summary>Safety-critical changes only, by default (see <see cref="ReviewApproval"/>).</summary>
    public ReviewApproval Approval { get; set; } = ReviewApproval.SafetyCritical;

    /// <summary>
    /// With <see cref="ReviewApproval.Every"/>: a change the editor marks as minor is published without review when it
    /// changes at most this many characters in all, keeps the address, and touches no safety-critical field. 0: no
    /// change is minor. 20 by default: enough for a typo or two, not for a new sentence.
    /// </summary>
    public int MinorChangeCharacters { get; set; } = 20;
}

/// <summary>Stored in settings by name.</summary>
public enum ReviewApproval
{
    /// <summary>No approval: every save goes live at once (a small site with one editor).</summary>
    Off = 0,

    /// <summary>
    /// Changes to safety-critical fields (a side effect's urgency or how it is managed, the urgent-help block, and any new
    /// side effect) need a reviewer's approval; other changes go live when saved.
    /// </summary>
    SafetyCritical = 1,

    /// <summary>Every change needs a reviewer's approval, except a minor one within <see cref="ReviewOptions.MinorChangeCharacters"/>.</summary>
    Every = 2,
}
