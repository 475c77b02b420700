namespace TherapyGuide.Web.Content.Reading;

/// <summary>An article's HTML with its glossary words marked, and the words it uses (listed at its end).</summary>
public sealed record LinkedArticle(string BodyHtml, IReadOnlyList<GlossaryEntry> WordsUsed);
