using TherapyGuide.Web.Content.Editing;

namespace TherapyGuide.Web.Content.Kinds;

/// <summary>
/// Work that needs a kind's entity and form types (load it, restore it, delete it). A descriptor hands them to
/// <see cref="Run{TEntity, TForm}"/>, so the code that would otherwise switch over <see cref="ContentKind"/> is written once, generically.
/// </summary>
public interface IContentKindAction<out TResult>
{
    TResult Run<TEntity, TForm>()
        where TEntity : ContentItem
        where TForm : class, IContentForm<TForm, TEntity>;
}
