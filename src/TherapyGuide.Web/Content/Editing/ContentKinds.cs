using TherapyGuide.Web.Content.Kinds;

namespace TherapyGuide.Web.Content.Editing;

/// <summary>How each kind of content is named and where it is edited: the admin pages' addresses, read from the kind's descriptor.</summary>
public static class ContentKinds
{
    public static string Label(ContentKind kind) => ContentKindRegistry.For(kind).Label;

    /// <summary>The folder under /admin that lists and edits the kind.</summary>
    public static string AdminFolder(ContentKind kind) => ContentKindRegistry.For(kind).AdminFolder;

    /// <summary>False for the urgent-help block: every page that shows it would lose its safety advice. It is changed or restored, never deleted.</summary>
    public static bool CanDelete(ContentKind kind) => ContentKindRegistry.For(kind).CanDelete;

    public static string EditPath(ContentKind kind, int id) => $"/admin/{AdminFolder(kind)}/edit/{id}";

    public static string HistoryPath(ContentKind kind, int id) => $"/admin/history/{ContentKindRegistry.For(kind).Key}/{id}";

    public static string DeletePath(ContentKind kind, int id) => $"/admin/delete/{ContentKindRegistry.For(kind).Key}/{id}";

    /// <summary>Where a reader sees the item.</summary>
    public static string PublicPath(ContentKind kind, string slug) => ContentKindRegistry.For(kind).PublicPath(slug);
}
