namespace TherapyGuide.Web.Content.Reading;

/// <summary>One glossary term's own page.</summary>
public sealed record TermView(string Slug, string Term, string Definition, List<string> Aliases, DateOnly LastReviewed, DateOnly NextReviewDue);
