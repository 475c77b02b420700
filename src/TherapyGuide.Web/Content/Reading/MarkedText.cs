namespace TherapyGuide.Web.Content.Reading;

/// <summary>
/// Editors' plain text on one page (comparison cells, condition summaries and notes), already encoded as HTML, with
/// the page's first use of each glossary word marked by <see cref="GlossaryLinker"/>. A field it does not hold is
/// shown as plain encoded text.
/// </summary>
public sealed class MarkedText(IReadOnlyDictionary<string, string> html)
{
    /// <summary>Nothing marked: the print pack explains its words once, at its end, as it does for articles.</summary>
    public static MarkedText None { get; } = new(new Dictionary<string, string>());

    public static string Key(string slug, string field) => $"{slug}/{field}";

    /// <summary>The field's HTML with its words marked, or null to show it as plain text.</summary>
    public string? this[string slug, string field] => html.GetValueOrDefault(Key(slug, field));

    /// <summary>Characters held, for the cache's size limit.</summary>
    public int Length => html.Values.Sum(v => v.Length);
}
