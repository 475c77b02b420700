namespace TherapyGuide.Web.Content;

/// <summary>
/// Where a shared experience stands in moderation. Only <see cref="Approved"/> ones are ever shown to readers.
/// Stored by name; the numbers are written out so that an added value never shifts the others.
/// </summary>
public enum ExperienceStatus
{
    Pending = 0,
    Approved = 1,
    Rejected = 2,
    Hidden = 3,
}
