namespace TherapyGuide.Web.Pages.Articles;

/// <summary>What the "Share your experience" form shows: the article it goes under, and what the reader typed.</summary>
public sealed record ShareForm(string Slug, string? DisplayName = null, string? Text = null);
