using TherapyGuide.Web.Languages;

namespace TherapyGuide.Web.Content.Reading;

/// <summary>
/// What a reader is told about the language of one item's text: the language it is in (English on a Spanish page
/// where no translation exists yet, so that nothing, a side effect least of all, is missing from the page), and, for a
/// translation whose original changed since it was made, when the original changed.
/// </summary>
public sealed record TextLanguage(string Code, DateTime? OriginalUpdatedUtc = null)
{
    public static TextLanguage English { get; } = new(SiteLanguage.English.Code);

    /// <summary>The original changed after this translation was made: it may not say what the original says now.</summary>
    public bool IsBehind => OriginalUpdatedUtc is not null;

    /// <summary>The text is not in the page's language (an item not translated yet): its element carries this <c>lang</c>.</summary>
    public string? LangAttribute => Code == SiteLanguage.Current.Code ? null : Code;

    /// <summary>The state of <paramref name="item"/>'s text, given the originals' versions and times of change by id.</summary>
    public static TextLanguage Of(ContentItem item, IReadOnlyDictionary<int, OriginalVersion> originals)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(originals);
        if (item.SourceId is not { } source || !originals.TryGetValue(source, out var original))
        {
            return item.Language == SiteLanguage.English.Code ? English : new TextLanguage(item.Language);
        }

        return new TextLanguage(item.Language, original.Version > (item.SourceVersion ?? 0) ? original.UpdatedUtc : null);
    }
}

/// <summary>An original's version and when it last changed, for telling whether its translations are behind.</summary>
public sealed record OriginalVersion(int Version, DateTime UpdatedUtc);
