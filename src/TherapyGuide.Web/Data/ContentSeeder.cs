using Microsoft.EntityFrameworkCore;
using TherapyGuide.Web.Content;
using TherapyGuide.Web.Content.Editing;
using TherapyGuide.Web.Content.Files;
using TherapyGuide.Web.Content.Search;

namespace TherapyGuide.Web.Data;

/// <summary>
/// Imports from data/content what the store has never had, matched by slug. It never overwrites or
/// duplicates a stored item, and never brings back one an editor deleted: every import is remembered.
/// </summary>
public sealed partial class ContentSeeder(TherapyGuideDbContext db, ContentFolder folder, SearchIndex search, TimeProvider clock, ILogger<ContentSeeder> logger)
{
    /// <summary>The <see cref="ContentImport"/> kind that records the fingerprint of the folder last imported.</summary>
    public const string FolderKind = "content-folder";

    public async Task<int> SeedAsync(CancellationToken cancellationToken = default)
    {
        // Most starts find the folder as it was at the last import: skip parsing it, so the site answers sooner.
        var fingerprint = folder.Fingerprint();
        if (await db.ContentImports.AnyAsync(i => i.Kind == FolderKind && i.Slug == fingerprint, cancellationToken))
        {
            await RebuildSearchIfEmptyAsync(cancellationToken);
            LogUnchanged(folder.Path);
            return 0;
        }

        var imported = (await db.ContentImports.AsNoTracking()
                .Select(i => new { i.Kind, i.Slug })
                .ToListAsync(cancellationToken))
            .Select(i => (i.Kind, i.Slug))
            .ToHashSet();

        var added = new List<Action>();
        added.AddRange(await ImportAsync<Article, ArticleForm>("article", folder.LoadArticles(), imported, cancellationToken));
        added.AddRange(await ImportAsync<ComparisonAspect, ComparisonForm>("comparison", folder.LoadComparison(), imported, cancellationToken));
        added.AddRange(await ImportAsync<SideEffect, SideEffectForm>("side-effect", folder.LoadSideEffects(), imported, cancellationToken));
        added.AddRange(await ImportAsync<GlossaryTerm, GlossaryForm>("glossary", folder.LoadGlossary(), imported, cancellationToken));
        added.AddRange(await ImportAsync<Condition, ConditionForm>("condition", folder.LoadConditions(), imported, cancellationToken));
        added.AddRange(await ImportAsync<UrgentHelp, UrgentHelpForm>("urgent-help", folder.LoadUrgentHelp(), imported, cancellationToken));
        db.ContentImports.Add(new ContentImport { Kind = FolderKind, Slug = fingerprint, ImportedUtc = clock.GetUtcNow().UtcDateTime });

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.ContentImports.Where(i => i.Kind == FolderKind).ExecuteDeleteAsync(cancellationToken); // the folder as it was before
        await db.SaveChangesAsync(cancellationToken);
        // Each imported item starts its history with version 1, so an editor can always go back to it.
        added.ForEach(addRevision => addRevision());
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        // The search index follows the store: rebuilt when the seed added anything or it is empty.
        if (added.Count > 0)
        {
            await search.RebuildAsync(cancellationToken);
        }
        else
        {
            await RebuildSearchIfEmptyAsync(cancellationToken);
        }

        LogSeeded(folder.Path, added.Count);
        return added.Count;
    }

    private async Task RebuildSearchIfEmptyAsync(CancellationToken cancellationToken)
    {
        if (await search.IsEmptyAsync(cancellationToken))
        {
            await search.RebuildAsync(cancellationToken);
        }
    }

    /// <summary>Adds the items the store has never had; returns, for each, the step that records its first revision once it has an id.</summary>
    private async Task<List<Action>> ImportAsync<TEntity, TForm>(
        string kind,
        IReadOnlyList<TEntity> items,
        HashSet<(string Kind, string Slug)> imported,
        CancellationToken cancellationToken)
        where TEntity : ContentItem
        where TForm : class, IContentForm<TForm, TEntity>
    {
        var set = db.Set<TEntity>();
        var stored = await set.AsNoTracking().Select(x => x.Slug).ToListAsync(cancellationToken);
        var present = stored.ToHashSet(StringComparer.Ordinal);
        var now = clock.GetUtcNow().UtcDateTime;
        var added = new List<Action>();

        foreach (var item in items)
        {
            if (!imported.Add((kind, item.Slug)))
            {
                continue; // imported before: what the store holds now is the editors' business
            }

            db.ContentImports.Add(new ContentImport { Kind = kind, Slug = item.Slug, ImportedUtc = now });
            if (present.Contains(item.Slug))
            {
                continue; // an editor made an item with this slug first; theirs stays
            }

            item.CreatedUtc = now;
            item.UpdatedUtc = now;
            item.Version = 1;
            set.Add(item);
            added.Add(() => db.Revisions.Add(new Revision
            {
                Kind = TForm.Kind,
                ContentId = item.Id,
                Version = 1,
                Title = TForm.From(item).DisplayName,
                Snapshot = ContentStore.WriteSnapshot(TForm.From(item)),
                Action = RevisionAction.Created,
                Note = "Imported from data/content",
                Author = "content import",
                CreatedUtc = now,
            }));
        }

        if (added.Count > 0)
        {
            LogImported(added.Count, kind);
        }

        return added;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Content seeding from {ContentPath} added {Count} item(s)")]
    private partial void LogSeeded(string contentPath, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Content in {ContentPath} is unchanged since the last import")]
    private partial void LogUnchanged(string contentPath);

    [LoggerMessage(Level = LogLevel.Information, Message = "Importing {Count} new {Kind} item(s)")]
    private partial void LogImported(int count, string kind);
}
