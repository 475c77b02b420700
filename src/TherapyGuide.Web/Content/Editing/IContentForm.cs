namespace TherapyGuide.Web.Content.Editing;

/// <summary>
/// What an editor can change on one kind of content. The same shape is the edit form, the revision
/// snapshot and the restore source, so history always holds exactly what the form showed.
/// </summary>
public interface IContentForm<TSelf, TEntity>
    where TSelf : class, IContentForm<TSelf, TEntity>
    where TEntity : ContentItem
{
    static abstract ContentKind Kind { get; }

    static abstract TSelf From(TEntity entity);

    string Slug { get; }

    /// <summary>The item's version when the form was loaded; a save from an older one is refused.</summary>
    int Version { get; set; }

    /// <summary>How the item is named in lists, history and messages.</summary>
    string DisplayName { get; }

    TEntity CreateEntity(MarkdownRenderer renderer);

    void ApplyTo(TEntity entity, MarkdownRenderer renderer);

    /// <summary>The fields as label and text, for diffs and for showing two versions side by side.</summary>
    IEnumerable<FormField> Fields();
}
