namespace TherapyGuide.Web.Content;

/// <summary>Where a shared experience stands in moderation. Only <see cref="Approved"/> ones are ever shown to readers.</summary>
public enum ExperienceStatus
{
    Pending,
    Approved,
    Rejected,
    Hidden,
}
