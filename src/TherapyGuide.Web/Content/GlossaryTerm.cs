namespace TherapyGuide.Web.Content;

public sealed class GlossaryTerm : ContentItem
{
    public required string Term { get; set; }

    public required string Definition { get; set; }

    /// <summary>Other ways people write the term (CAR T, CART, chimeric antigen receptor T-cell therapy…).</summary>
    public List<string> Aliases { get; set; } = [];
}
