using TherapyGuide.Web.Content.Search;

namespace TherapyGuide.Web.Content.Kinds;

/// <summary>
/// Everything that differs between kinds of content, said once: how it is named, where it lives in addresses and in
/// the content files, how search shows it, and its entity and form types. The registry holds one per <see cref="ContentKind"/>.
/// </summary>
public abstract class ContentKindDescriptor
{
    /// <summary>The kind, as its form type declares it.</summary>
    public abstract ContentKind Kind { get; }

    /// <summary>How editors see the kind named ("Side effect"), in lists, history and messages.</summary>
    public required string Label { get; init; }

    /// <summary>How a search result names the kind ("Word" for a glossary term).</summary>
    public required string SearchLabel { get; init; }

    /// <summary>
    /// The kind in one lowercase word ("sideeffect"): in the admin history and delete addresses and in the kind's cache
    /// tag. Addresses are read by <see cref="ContentKindRegistry.TryParse"/>, which ignores hyphens and case.
    /// </summary>
    public required string Key { get; init; }

    /// <summary>The folder under /admin that lists and edits the kind ("side-effects").</summary>
    public required string AdminFolder { get; init; }

    /// <summary>The name content imports are recorded under ("side-effect"), as the first imports recorded it; it is stored, so it never changes.</summary>
    public required string ImportName { get; init; }

    /// <summary>Where a reader sees the item with this slug.</summary>
    public required Func<string, string> PublicPath { get; init; }

    /// <summary>
    /// The kind's block of search-index rowids: rowid = SearchNumber × <see cref="SearchIndex.KindFactor"/> + id. Stored in
    /// every index row, so a kind keeps its number for good and a new kind takes an unused one.
    /// </summary>
    public required int SearchNumber { get; init; }

    /// <summary>The one item the kind's public page shows, when it shows one (the main urgent-help block); null when it shows them all.</summary>
    public string? PageSlug { get; init; }

    /// <summary>False for the urgent-help block: every page that shows it would lose its safety advice. It is changed or restored, never deleted.</summary>
    public bool CanDelete { get; init; } = true;

    /// <summary>
    /// The fields (by their label in the form's fields) readers rely on for their safety: with review on, a change to any
    /// of them, or a new item of the kind, needs a reviewer's approval before readers see it.
    /// </summary>
    public IReadOnlySet<string> SafetyCriticalFields { get; init; } = new HashSet<string>();

    /// <summary>How revisions, audit entries and search rows name the kind ("SideEffect"): the enum's name, as stored.</summary>
    public string StoredName => Kind.ToString();

    public abstract Type EntityType { get; }

    public abstract Type FormType { get; }

    /// <summary>Runs <paramref name="action"/> with this kind's entity and form types.</summary>
    public abstract TResult Run<TResult>(IContentKindAction<TResult> action);

    /// <summary>What the search index holds for <paramref name="item"/>, an entity of this kind.</summary>
    public abstract SearchEntry SearchEntryOf(ContentItem item);
}
