using TherapyGuide.Web.Content.Editing;

namespace TherapyGuide.Web.Content.Files;

/// <summary>The store's copy of an item: its id, version, name, who saved it last, and its fields.</summary>
public sealed record FileVersionItem(int Id, int Version, string Name, string? LastAuthor, IReadOnlyList<FormField> Fields);
