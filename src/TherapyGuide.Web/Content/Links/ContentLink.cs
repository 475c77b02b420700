namespace TherapyGuide.Web.Content.Links;

/// <summary>A link found in published content, before it is checked; see <see cref="BrokenLink"/> for the fields they share.</summary>
public sealed record ContentLink(ContentKind Kind, int Id, string Item, string Text, string Address)
{
    /// <summary>The public address of the page that shows the link, against which a relative address is read.</summary>
    public required string Page { get; init; }
}
