namespace TherapyGuide.Web.Content.Editing;

/// <summary>How each kind of content is named and where it is edited.</summary>
public static class ContentKinds
{
    public static string Label(ContentKind kind) => kind switch
    {
        ContentKind.Article => "Article",
        ContentKind.Comparison => "Comparison row",
        ContentKind.SideEffect => "Side effect",
        ContentKind.Glossary => "Glossary term",
        ContentKind.Condition => "Condition",
        ContentKind.UrgentHelp => "Urgent help",
        _ => kind.ToString(),
    };

    /// <summary>The folder under /admin that lists and edits the kind.</summary>
    public static string AdminFolder(ContentKind kind) => kind switch
    {
        ContentKind.Article => "articles",
        ContentKind.Comparison => "comparison",
        ContentKind.SideEffect => "side-effects",
        ContentKind.Glossary => "glossary",
        ContentKind.Condition => "conditions",
        ContentKind.UrgentHelp => "urgent-help",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static string EditPath(ContentKind kind, int id) => $"/admin/{AdminFolder(kind)}/edit/{id}";

    public static string HistoryPath(ContentKind kind, int id) => $"/admin/history/{kind.ToString().ToLowerInvariant()}/{id}";

    /// <summary>Where a reader sees the item.</summary>
    public static string PublicPath(ContentKind kind, string slug) => kind switch
    {
        ContentKind.Article => $"/articles/{slug}",
        ContentKind.Comparison => $"/compare#{slug}",
        ContentKind.SideEffect => $"/side-effects#{slug}",
        ContentKind.Glossary => $"/glossary/{slug}",
        ContentKind.Condition => $"/conditions#{slug}",
        ContentKind.UrgentHelp => "/side-effects#urgent-help",
        _ => "/",
    };
}
