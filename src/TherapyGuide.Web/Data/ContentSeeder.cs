using Microsoft.EntityFrameworkCore;
using TherapyGuide.Web.Content;
using TherapyGuide.Web.Content.Files;

namespace TherapyGuide.Web.Data;

/// <summary>
/// Imports from data/content what the store has never had, matched by slug. It never overwrites or
/// duplicates a stored item, and never brings back one an editor deleted: every import is remembered.
/// </summary>
public sealed partial class ContentSeeder(TherapyGuideDbContext db, ContentFolder folder, TimeProvider clock, ILogger<ContentSeeder> logger)
{
    public async Task<int> SeedAsync(CancellationToken cancellationToken = default)
    {
        var imported = (await db.ContentImports.AsNoTracking()
                .Select(i => new { i.Kind, i.Slug })
                .ToListAsync(cancellationToken))
            .Select(i => (i.Kind, i.Slug))
            .ToHashSet();

        var added = 0;
        added += await ImportAsync(db.Articles, "article", folder.LoadArticles(), imported, cancellationToken);
        added += await ImportAsync(db.ComparisonAspects, "comparison", folder.LoadComparison(), imported, cancellationToken);
        added += await ImportAsync(db.SideEffects, "side-effect", folder.LoadSideEffects(), imported, cancellationToken);
        added += await ImportAsync(db.GlossaryTerms, "glossary", folder.LoadGlossary(), imported, cancellationToken);
        added += await ImportAsync(db.Conditions, "condition", folder.LoadConditions(), imported, cancellationToken);

        await db.SaveChangesAsync(cancellationToken);
        LogSeeded(folder.Path, added);
        return added;
    }

    private async Task<int> ImportAsync<T>(
        DbSet<T> set,
        string kind,
        IReadOnlyList<T> items,
        HashSet<(string Kind, string Slug)> imported,
        CancellationToken cancellationToken) where T : ContentItem
    {
        var stored = await set.AsNoTracking().Select(x => x.Slug).ToListAsync(cancellationToken);
        var present = stored.ToHashSet(StringComparer.Ordinal);
        var now = clock.GetUtcNow().UtcDateTime;
        var added = 0;

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
            set.Add(item);
            added++;
        }

        if (added > 0)
        {
            LogImported(added, kind);
        }

        return added;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Content seeding from {ContentPath} added {Count} item(s)")]
    private partial void LogSeeded(string contentPath, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Importing {Count} new {Kind} item(s)")]
    private partial void LogImported(int count, string kind);
}
