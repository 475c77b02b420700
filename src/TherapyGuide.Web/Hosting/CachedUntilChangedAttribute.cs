namespace TherapyGuide.Web.Hosting;

/// <summary>
/// A public page served from the output cache until content it shows changes. The tags (see
/// <see cref="CacheTags"/>) name what it shows; a page that shows one item adds that item's tag itself.
/// Pages without this attribute are not cached.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class CachedUntilChangedAttribute(params string[] tags) : Attribute
{
    public IReadOnlyList<string> Tags { get; } = tags;

    /// <summary>
    /// The query parameters the page reads, which the cache keeps a copy for each value of; any other parameter
    /// (<c>?utm_source=…</c>, made-up ones) shares the page's one copy rather than filling the cache.
    /// </summary>
    public string[] Query { get; set; } = [];
}
