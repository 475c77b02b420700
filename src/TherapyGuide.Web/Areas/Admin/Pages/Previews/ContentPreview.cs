using TherapyGuide.Web.Content;
using TherapyGuide.Web.Content.Editing;
using TherapyGuide.Web.Content.Kinds;
using TherapyGuide.Web.Content.Reading;
using TherapyGuide.Web.Languages;
using TherapyGuide.Web.Pages.Layout;

namespace TherapyGuide.Web.Areas.Admin.Pages.Previews;

/// <summary>
/// An item as readers will see it, before it is published: the public page's own partial, given a view made from the
/// unpublished item, so the preview cannot drift from the page. <see cref="PageTitle"/> is the heading of the page it
/// sits on (none for an article, which brings its own).
/// </summary>
public sealed record ContentPreview(string? PageTitle, string Partial, object Model)
{
    /// <summary>True on the review page: the draft is saved, and this is how it will look once published.</summary>
    public bool OfDraft { get; init; }

    /// <summary>The language of the item's text: its frames are rendered in that language's pages and words.</summary>
    public SiteLanguage Language { get; init; } = SiteLanguage.English;

    public static ContentPreview Of(ContentItem item) => OfKind(item) with
    {
        Language = SiteLanguage.Find(item?.Language) ?? SiteLanguage.English,
    };

    private static ContentPreview OfKind(ContentItem item) => item switch
    {
        Article article => new(null, "_ArticleBody", new Section<ArticleView>(ArticleView.Of(article), Level: 1)),
        SideEffect effect => new("Side effects and when to get help", "_SideEffectCards",
            new Section<IReadOnlyList<SideEffectCard>>([SideEffectCard.Of(effect)])),
        Content.UrgentHelp help => new("Side effects and when to get help", "_UrgentHelp", new Section<UrgentHelpView?>(UrgentHelpView.Of(help))),
        ComparisonAspect row => new("Immunotherapy and CAR-T side by side", "_ComparisonTable",
            new Section<ComparisonTable>(new([ComparisonRow.Of(row)], MarkedText.None))),
        Condition condition => new("Which illnesses each treatment is used for", "_ConditionTables",
            new Section<ConditionTables>(new([ConditionRow.Of(condition)], MarkedText.None))),
        GlossaryTerm term => new(term.Term, "_TermDefinition", TermView.Of(term)),
        QuestionGroup group => new("Questions to ask your care team", "_QuestionGroup", new Section<QuestionGroupView>(QuestionGroupView.Of(group))),
        _ => throw new ArgumentException($"No preview for {item.GetType().Name}.", nameof(item)),
    };

    /// <summary>A draft's preview, from the form it stores.</summary>
    public static ContentPreview OfSnapshot(ContentKind kind, string snapshot, MarkdownRenderer renderer) =>
        ContentKindRegistry.For(kind).Run(new SnapshotPreview(snapshot, renderer)) with { OfDraft = true };

    private sealed record SnapshotPreview(string Snapshot, MarkdownRenderer Renderer) : IContentKindAction<ContentPreview>
    {
        public ContentPreview Run<TEntity, TForm>()
            where TEntity : ContentItem
            where TForm : class, IContentForm<TForm, TEntity>
        {
            var form = ContentStore.ReadSnapshot<TForm>(Snapshot);
            var entity = form.CreateEntity(Renderer);
            entity.Language = (form as ContentForm)?.TranslationLanguage ?? SiteLanguage.English.Code;
            return Of(entity);
        }
    }
}
