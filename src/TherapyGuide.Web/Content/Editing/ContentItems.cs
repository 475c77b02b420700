using Microsoft.EntityFrameworkCore;
using TherapyGuide.Web.Content.Kinds;
using TherapyGuide.Web.Data;

namespace TherapyGuide.Web.Content.Editing;

/// <summary>
/// Operations on an item of any kind, named by <see cref="ContentKind"/> and id: its name and version,
/// its revisions (as text for diffs), restoring one, and deleting it. Every change goes through <see cref="ContentStore"/>;
/// the kind's descriptor supplies its entity and form types.
/// </summary>
public sealed class ContentItems(TherapyGuideDbContext db, ContentStore store)
{
    public Task<List<Revision>> ListAsync(ContentKind kind, int id, CancellationToken cancellationToken) =>
        db.Revisions.AsNoTracking()
            .Where(r => r.Kind == kind && r.ContentId == id)
            .OrderByDescending(r => r.Version).ThenByDescending(r => r.Id)
            .ToListAsync(cancellationToken);

    public static IReadOnlyList<FormField> FieldsOf(Revision revision)
    {
        ArgumentNullException.ThrowIfNull(revision);
        return ContentKindRegistry.For(revision.Kind).Run(new FieldsAction(revision.Snapshot));
    }

    /// <summary>The fields of a snapshot (a revision's or a draft's) of an item of <paramref name="kind"/>.</summary>
    public static IReadOnlyList<FormField> FieldsOf(ContentKind kind, string snapshot) =>
        ContentKindRegistry.For(kind).Run(new FieldsAction(snapshot));

    /// <summary>Items of every kind whose next review is due on or before <paramref name="horizon"/>, soonest first.</summary>
    public async Task<IReadOnlyList<ReviewDueRow>> DueForReviewAsync(DateOnly horizon, CancellationToken cancellationToken)
    {
        var rows = new List<ReviewDueRow>();
        foreach (var kind in ContentKindRegistry.All)
        {
            rows.AddRange(await kind.Run(new DueAction(db, horizon, cancellationToken)));
        }

        return [.. rows.OrderBy(r => r.NextReviewDue).ThenBy(r => r.Name, StringComparer.Ordinal)];
    }

    /// <summary>The item's fields as readers see them now, or null when there is no such item.</summary>
    public Task<IReadOnlyList<FormField>?> CurrentFieldsAsync(ContentKind kind, int id, CancellationToken cancellationToken) =>
        ContentKindRegistry.For(kind).Run(new CurrentFieldsAction(db, id, cancellationToken));

    /// <summary>The revision as "Label:" and value blocks, the text the diff compares.</summary>
    public static string TextOf(IEnumerable<FormField> fields) =>
        string.Join("\n\n", fields.Select(f => $"{f.Label}:\n{f.Value.Replace("\r\n", "\n", StringComparison.Ordinal)}"));

    public Task<SaveOutcome> RestoreAsync(Revision revision, string author, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(revision);
        return ContentKindRegistry.For(revision.Kind).Run(new RestoreAction(store, revision, author, cancellationToken));
    }

    /// <summary>The item's name, current version and how many translations it has, or null when there is no such item.</summary>
    public Task<ItemDescription?> DescribeAsync(ContentKind kind, int id, CancellationToken cancellationToken) =>
        ContentKindRegistry.For(kind).Run(new DescribeAction(db, id, cancellationToken));

    public Task<SaveOutcome> DeleteAsync(ContentKind kind, int id, int version, string author, CancellationToken cancellationToken) =>
        ContentKinds.CanDelete(kind)
            ? ContentKindRegistry.For(kind).Run(new DeleteAction(store, id, version, author, cancellationToken))
            : Task.FromResult(SaveOutcome.NotFound);

    /// <summary>Reads a kind from an address ("side-effect", "sideeffect", "article"); false for anything else.</summary>
    public static bool TryParseKind(string? text, out ContentKind kind)
    {
        var found = ContentKindRegistry.TryParse(text, out var descriptor);
        kind = found ? descriptor!.Kind : default;
        return found;
    }

    private sealed record FieldsAction(string Snapshot) : IContentKindAction<IReadOnlyList<FormField>>
    {
        public IReadOnlyList<FormField> Run<TEntity, TForm>()
            where TEntity : ContentItem
            where TForm : class, IContentForm<TForm, TEntity> =>
            ContentStore.ReadSnapshot<TForm>(Snapshot).Fields().ToList();
    }

    private sealed record RestoreAction(ContentStore Store, Revision Revision, string Author, CancellationToken CancellationToken)
        : IContentKindAction<Task<SaveOutcome>>
    {
        public async Task<SaveOutcome> Run<TEntity, TForm>()
            where TEntity : ContentItem
            where TForm : class, IContentForm<TForm, TEntity> =>
            (await Store.RestoreAsync<TEntity, TForm>(Revision, Author, CancellationToken)).Outcome;
    }

    private sealed record DeleteAction(ContentStore Store, int Id, int Version, string Author, CancellationToken CancellationToken)
        : IContentKindAction<Task<SaveOutcome>>
    {
        public Task<SaveOutcome> Run<TEntity, TForm>()
            where TEntity : ContentItem
            where TForm : class, IContentForm<TForm, TEntity> =>
            Store.DeleteAsync<TEntity, TForm>(Id, Version, Author, CancellationToken);
    }

    private sealed record CurrentFieldsAction(TherapyGuideDbContext Db, int Id, CancellationToken CancellationToken)
        : IContentKindAction<Task<IReadOnlyList<FormField>?>>
    {
        public async Task<IReadOnlyList<FormField>?> Run<TEntity, TForm>()
            where TEntity : ContentItem
            where TForm : class, IContentForm<TForm, TEntity>
        {
            var entity = await Db.Set<TEntity>().AsNoTracking().SingleOrDefaultAsync(x => x.Id == Id, CancellationToken);
            return entity is null ? null : TForm.From(entity).Fields().ToList();
        }
    }

    private sealed record DueAction(TherapyGuideDbContext Db, DateOnly Horizon, CancellationToken CancellationToken)
        : IContentKindAction<Task<List<ReviewDueRow>>>
    {
        public async Task<List<ReviewDueRow>> Run<TEntity, TForm>()
            where TEntity : ContentItem
            where TForm : class, IContentForm<TForm, TEntity>
        {
            var horizon = Horizon;
            // Every language: a translation is reviewed on its own dates, as its original is.
            var due = await Db.Set<TEntity>().IgnoreQueryFilters().AsNoTracking().Where(x => x.NextReviewDue <= horizon).ToListAsync(CancellationToken);
            return due.Select(x => new ReviewDueRow(TForm.Kind, x.Id, TForm.From(x).DisplayName, x.NextReviewDue, Languages.SiteLanguage.Find(x.Language) ?? Languages.SiteLanguage.English)).ToList();
        }
    }

    private sealed record DescribeAction(TherapyGuideDbContext Db, int Id, CancellationToken CancellationToken)
        : IContentKindAction<Task<ItemDescription?>>
    {
        public async Task<ItemDescription?> Run<TEntity, TForm>()
            where TEntity : ContentItem
            where TForm : class, IContentForm<TForm, TEntity>
        {
            var id = Id;
            var entity = await Db.Set<TEntity>().AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, CancellationToken);
            if (entity is null)
            {
                return null;
            }

            var translations = await Db.Set<TEntity>().IgnoreQueryFilters().CountAsync(x => x.SourceId == id, CancellationToken);
            return new ItemDescription(TForm.From(entity).DisplayName, entity.Version, translations);
        }
    }
}

/// <summary>An item's name and current version, and how many translations go with it.</summary>
public sealed record ItemDescription(string Name, int Version, int Translations);

/// <summary>One item due for review: its kind, id, name, date and language.</summary>
public sealed record ReviewDueRow(ContentKind Kind, int Id, string Name, DateOnly NextReviewDue, Languages.SiteLanguage Language);
