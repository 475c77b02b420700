namespace TherapyGuide.Web.Content.Links;

/// <summary>One run of the link checker: when it ran, how many links it looked at, and those that are broken.</summary>
public sealed record LinkReport(DateTimeOffset CheckedUtc, int LinksChecked, IReadOnlyList<BrokenLink> Broken, bool ExternalChecked);
