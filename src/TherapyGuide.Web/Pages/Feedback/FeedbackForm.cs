namespace TherapyGuide.Web.Pages.Feedback;

/// <summary>What the "Was this page helpful?" form shows: the page it is about, and what the reader chose and typed.</summary>
public sealed record FeedbackForm(string Path, string? Helpful = null, string? Comment = null);
