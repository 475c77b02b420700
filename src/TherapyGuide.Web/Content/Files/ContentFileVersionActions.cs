using TherapyGuide.Web.Content.Editing;
using TherapyGuide.Web.Content.Kinds;

namespace TherapyGuide.Web.Content.Files;

/// <summary>Takes the files' version of an item of whichever kind the view is about (see <see cref="ContentKindRegistry"/>).</summary>
internal sealed record UseFilesAction(ContentFileVersions Versions, FileVersionView View, int Version, string Hash, string Author, CancellationToken CancellationToken)
    : IContentKindAction<Task<FileVersionOutcome>>
{
    public Task<FileVersionOutcome> Run<TEntity, TForm>()
        where TEntity : ContentItem
        where TForm : class, IContentForm<TForm, TEntity> =>
        Versions.UseFilesAsync<TEntity, TForm>(View, Version, Hash, Author, CancellationToken);
}

/// <summary>Describes a recorded import of whichever kind it names.</summary>
internal sealed record DescribeAction(ContentFileVersions Versions, ContentImport Import, CancellationToken CancellationToken)
    : IContentKindAction<Task<FileVersionView>>
{
    public Task<FileVersionView> Run<TEntity, TForm>()
        where TEntity : ContentItem
        where TForm : class, IContentForm<TForm, TEntity> =>
        Versions.DescribeAsync<TEntity, TForm>(Import, CancellationToken);
}
