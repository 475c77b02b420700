namespace TherapyGuide.Web.Content.Reading;

/// <summary>An approved experience as the article shows it: plain text, the reader's chosen name, the date.</summary>
public sealed record ExperienceView(string DisplayName, string Text, DateTime SubmittedUtc);
