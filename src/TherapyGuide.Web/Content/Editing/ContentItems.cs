using Microsoft.EntityFrameworkCore;
using TherapyGuide.Web.Data;

namespace TherapyGuide.Web.Content.Editing;

/// <summary>
/// Operations on an item of any kind, named by <see cref="ContentKind"/> and id: its name and version,
/// its revisions (as text for diffs), restoring one, and deleting it. Every change goes through <see cref="ContentStore"/>.
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
        return revision.Kind switch
        {
            ContentKind.Article => ContentStore.ReadSnapshot<ArticleForm>(revision.Snapshot).Fields().ToList(),
            ContentKind.Comparison => ContentStore.ReadSnapshot<ComparisonForm>(revision.Snapshot).Fields().ToList(),
            ContentKind.SideEffect => ContentStore.ReadSnapshot<SideEffectForm>(revision.Snapshot).Fields().ToList(),
            ContentKind.Glossary => ContentStore.ReadSnapshot<GlossaryForm>(revision.Snapshot).Fields().ToList(),
            ContentKind.Condition => ContentStore.ReadSnapshot<ConditionForm>(revision.Snapshot).Fields().ToList(),
            ContentKind.UrgentHelp => ContentStore.ReadSnapshot<UrgentHelpForm>(revision.Snapshot).Fields().ToList(),
            _ => [],
        };
    }

    /// <summary>The revision as "Label:" and value blocks, the text the diff compares.</summary>
    public static string TextOf(IEnumerable<FormField> fields) =>
        string.Join("\n\n", fields.Select(f => $"{f.Label}:\n{f.Value.Replace("\r\n", "\n", StringComparison.Ordinal)}"));

    public async Task<SaveOutcome> RestoreAsync(Revision revision, string author, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(revision);
        return revision.Kind switch
        {
            ContentKind.Article => (await store.RestoreAsync<Article, ArticleForm>(revision, author, cancellationToken)).Outcome,
            ContentKind.Comparison => (await store.RestoreAsync<ComparisonAspect, ComparisonForm>(revision, author, cancellationToken)).Outcome,
            ContentKind.SideEffect => (await store.RestoreAsync<SideEffect, SideEffectForm>(revision, author, cancellationToken)).Outcome,
            ContentKind.Glossary => (await store.RestoreAsync<GlossaryTerm, GlossaryForm>(revision, author, cancellationToken)).Outcome,
            ContentKind.Condition => (await store.RestoreAsync<Condition, ConditionForm>(revision, author, cancellationToken)).Outcome,
            ContentKind.UrgentHelp => (await store.RestoreAsync<UrgentHelp, UrgentHelpForm>(revision, author, cancellationToken)).Outcome,
            _ => SaveOutcome.NotFound,
        };
    }

    /// <summary>The item's name and current version, or null when there is no such item.</summary>
    public Task<(string Name, int Version)?> DescribeAsync(ContentKind kind, int id, CancellationToken cancellationToken) => kind switch
    {
        ContentKind.Article => DescribeAsync<Article, ArticleForm>(id, cancellationToken),
        ContentKind.Comparison => DescribeAsync<ComparisonAspect, ComparisonForm>(id, cancellationToken),
        ContentKind.SideEffect => DescribeAsync<SideEffect, SideEffectForm>(id, cancellationToken),
        ContentKind.Glossary => DescribeAsync<GlossaryTerm, GlossaryForm>(id, cancellationToken),
        ContentKind.Condition => DescribeAsync<Condition, ConditionForm>(id, cancellationToken),
        ContentKind.UrgentHelp => DescribeAsync<UrgentHelp, UrgentHelpForm>(id, cancellationToken),
        _ => Task.FromResult<(string, int)?>(null),
    };

    public Task<SaveOutcome> DeleteAsync(ContentKind kind, int id, int version, string author, CancellationToken cancellationToken) => kind switch
    {
        ContentKind.Article => store.DeleteAsync<Article, ArticleForm>(id, version, author, cancellationToken),
        ContentKind.Comparison => store.DeleteAsync<ComparisonAspect, ComparisonForm>(id, version, author, cancellationToken),
        ContentKind.SideEffect => store.DeleteAsync<SideEffect, SideEffectForm>(id, version, author, cancellationToken),
        ContentKind.Glossary => store.DeleteAsync<GlossaryTerm, GlossaryForm>(id, version, author, cancellationToken),
        ContentKind.Condition => store.DeleteAsync<Condition, ConditionForm>(id, version, author, cancellationToken),
        // The urgent-help block is never deleted: every page that shows it would lose its safety advice.
        ContentKind.UrgentHelp => Task.FromResult(SaveOutcome.NotFound),
        _ => Task.FromResult(SaveOutcome.NotFound),
    };

    /// <summary>Reads a kind from an address ("side-effect", "sideeffect", "article"); false for anything else.</summary>
    public static bool TryParseKind(string? text, out ContentKind kind)
    {
        kind = default;
        return !string.IsNullOrEmpty(text) && text.Length <= 20 && text.All(c => char.IsAsciiLetter(c) || c == '-')
            && Enum.TryParse(text.Replace("-", "", StringComparison.Ordinal), ignoreCase: true, out kind) && Enum.IsDefined(kind);
    }

    private async Task<(string Name, int Version)?> DescribeAsync<TEntity, TForm>(int id, CancellationToken cancellationToken)
        where TEntity : ContentItem
        where TForm : class, IContentForm<TForm, TEntity>
    {
        var entity = await db.Set<TEntity>().AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, cancellationToken);
        return entity is null ? null : (TForm.From(entity).DisplayName, entity.Version);
    }
}
