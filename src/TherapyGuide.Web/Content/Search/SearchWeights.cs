namespace TherapyGuide.Web.Content.Search;

/// <summary>
/// How much a match counts by kind, the same on every store: pages about a subject (articles, side effects) come
/// slightly ahead of the word list when they match as well, and the more urgent a side effect, the further up it comes
/// ("can't breathe" puts the emergency card above the one that says "contact your care team").
/// </summary>
public static class SearchWeights
{
    public const double Article = 2.0;

    public const double Emergency = 2.2;

    public const double ContactNow = 1.9;

    public const double NextContact = 1.6;

    public const double UrgentHelp = 1.8;

    public const double Condition = 1.1;
}
