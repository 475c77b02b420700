namespace TherapyGuide.Web.Content.Reading;

/// <summary>One glossary term's own page.</summary>
public sealed record TermView(string Slug, string Term, string Definition, List<string> Aliases, DateOnly LastReviewed, DateOnly NextReviewDue)
{
    /// <summary>Who approved the definition readers see, when a reviewer did.</summary>
    public ClinicalReview? Review { get; init; }

    /// <summary>The language of the item's text, and whether it is behind its original.</summary>
    public TextLanguage Language { get; init; } = TextLanguage.English;

    public static TermView Of(GlossaryTerm term)
    {
        ArgumentNullException.ThrowIfNull(term);
        return new(term.Slug, term.Term, term.Definition, term.Aliases, term.LastReviewed, term.NextReviewDue) { Review = ClinicalReview.Of(term) };
    }
}
