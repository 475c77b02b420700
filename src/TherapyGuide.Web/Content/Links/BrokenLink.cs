namespace TherapyGuide.Web.Content.Links;

/// <summary>A link in published content that does not lead where it should, and why.</summary>
/// <param name="Kind">The kind of the item that holds the link.</param>
/// <param name="Id">The item's id, for its edit page.</param>
/// <param name="Item">The item as editors know it (an article's title).</param>
/// <param name="Text">The link's text as readers see it ("Related articles" for an article's related list).</param>
/// <param name="Address">The address as written.</param>
/// <param name="Reason">Why it is broken, in an editor's words ("no such article", "HTTP 404").</param>
public sealed record BrokenLink(ContentKind Kind, int Id, string Item, string Text, string Address, string Reason);
