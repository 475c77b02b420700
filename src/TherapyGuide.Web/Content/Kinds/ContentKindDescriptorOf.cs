using TherapyGuide.Web.Content.Editing;
using TherapyGuide.Web.Content.Search;

namespace TherapyGuide.Web.Content.Kinds;

/// <summary>A kind's descriptor tied to its entity and form types, so generic code can be run for it.</summary>
public sealed class ContentKindDescriptorOf<TEntity, TForm> : ContentKindDescriptor
    where TEntity : ContentItem
    where TForm : class, IContentForm<TForm, TEntity>
{
    /// <summary>The item's search-index entry: what a reader might type to find it, and what the snippet shows.</summary>
    public required Func<TEntity, SearchEntry> SearchEntry { get; init; }

    public override ContentKind Kind => TForm.Kind;

    public override Type EntityType => typeof(TEntity);

    public override Type FormType => typeof(TForm);

    public override TResult Run<TResult>(IContentKindAction<TResult> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return action.Run<TEntity, TForm>();
    }

    public override SearchEntry SearchEntryOf(ContentItem item) => SearchEntry((TEntity)item);
}
