namespace TherapyGuide.Web.Content;

/// <summary>
/// Something that keeps a copy of what readers see (the output cache today; a second cache, or another node's, later)
/// and so must hear of every saved change. Registered as many times as there are copies; <see cref="ContentChanges"/>
/// tells each one.
/// </summary>
public interface IContentChangeListener
{
    /// <summary>One item of <paramref name="kind"/> changed; for articles, its slug (and its old slug after a rename).</summary>
    Task ChangedAsync(ContentKind kind, IEnumerable<string?> slugs);

    /// <summary>Something shown only on these articles' own pages changed (an approved experience, say).</summary>
    Task ArticlePagesChangedAsync(IEnumerable<string> slugs);
}
