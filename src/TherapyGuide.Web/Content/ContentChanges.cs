namespace TherapyGuide.Web.Content;

/// <summary>
/// How the content core says "this changed", once a change is saved: every registered
/// <see cref="IContentChangeListener"/> hears of it, so the core never needs to know which caches there are.
/// </summary>
/// <remarks>
/// No cancellation token: the change is already saved, so readers must hear of it even if the editor's request
/// is cancelled meanwhile.
/// </remarks>
public sealed class ContentChanges(IEnumerable<IContentChangeListener> listeners)
{
    /// <summary>One item of <paramref name="kind"/> changed; for articles, pass its slug (and its old slug after a rename).</summary>
    public async Task ChangedAsync(ContentKind kind, IEnumerable<string?> slugs)
    {
        ArgumentNullException.ThrowIfNull(slugs);
        var changed = slugs.ToList();
        foreach (var listener in listeners)
        {
            await listener.ChangedAsync(kind, changed);
        }
    }

    /// <summary>Something shown only on these articles' own pages changed (an approved experience, say).</summary>
    public async Task ArticlePagesChangedAsync(IEnumerable<string> slugs)
    {
        ArgumentNullException.ThrowIfNull(slugs);
        var changed = slugs.ToList();
        foreach (var listener in listeners)
        {
            await listener.ArticlePagesChangedAsync(changed);
        }
    }
}
