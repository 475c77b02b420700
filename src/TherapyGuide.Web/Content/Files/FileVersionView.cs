using TherapyGuide.Web.Content.Editing;

namespace TherapyGuide.Web.Content.Files;

/// <summary>
/// One files' item and the store's copy of it. <see cref="Files"/> is the waiting newer version (a snapshot without a
/// version), null when nothing is waiting, and <see cref="Hash"/> its hash; <see cref="Item"/> is null when an editor
/// deleted the item.
/// </summary>
public sealed record FileVersionView(
    ContentKind Kind,
    int ImportId,
    string Slug,
    FileVersionItem? Item,
    string? Files,
    string? Hash,
    IReadOnlyList<FormField>? FilesFields);
