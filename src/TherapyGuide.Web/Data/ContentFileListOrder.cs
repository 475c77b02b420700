using Microsoft.EntityFrameworkCore;
using TherapyGuide.Web.Content;
using TherapyGuide.Web.Content.Editing;
using TherapyGuide.Web.Content.Files;

namespace TherapyGuide.Web.Data;

/// <summary>
/// Gives the stored rows of a list file the places the file gives them, when the file's order has changed since it
/// was last applied. A place is an ordering, not content: rows are moved without a revision or a version of their
/// own, and an editor's row moves too (the file's new order wins, as readers expect the list to follow it). Editors'
/// own moves in the admin are saves like any other and stay until the file's order changes again.
/// </summary>
public sealed partial class ContentFileListOrder(
    TherapyGuideDbContext db,
    TimeProvider clock,
    ContentChanges publicPages,
    ILogger<ContentFileListOrder> logger)
{
    public async Task PlaceAsync<TEntity, TForm>(IReadOnlyList<TEntity> items, CancellationToken cancellationToken)
        where TEntity : ContentItem
        where TForm : class, IContentForm<TForm, TEntity>, IPositionedForm
    {
        var places = items.DistinctBy(i => i.Slug).Select(i => (i.Slug, TForm.From(i).Order)).ToList();
        var kind = ContentFileVersions.ImportKind(TForm.Kind) + ContentSeeder.OrderKindSuffix;
        var hash = ContentFileSnapshot.HashOf(string.Join('\n', places.Select(p => $"{p.Slug} {p.Order}")));
        var applied = await db.ContentImports.SingleOrDefaultAsync(i => i.Kind == kind, cancellationToken);
        if (applied?.Hash == hash)
        {
            return;
        }

        var moved = new List<string>();
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            foreach (var (slug, order) in places)
            {
                var changed = await db.Set<TEntity>()
                    .Where(x => x.Slug == slug && EF.Property<int>(x, nameof(IPositionedForm.Order)) != order)
                    .ExecuteUpdateAsync(x => x.SetProperty(e => EF.Property<int>(e, nameof(IPositionedForm.Order)), order), cancellationToken);
                if (changed > 0)
                {
                    moved.Add(slug);
                }
            }

            if (applied is null)
            {
                db.ContentImports.Add(new ContentImport { Kind = kind, Slug = ContentSeeder.OrderSlug, ImportedUtc = clock.GetUtcNow().UtcDateTime, Hash = hash });
            }
            else
            {
                applied.Hash = hash;
                applied.ImportedUtc = clock.GetUtcNow().UtcDateTime;
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        db.ChangeTracker.Clear();
        if (moved.Count > 0)
        {
            await publicPages.ChangedAsync(TForm.Kind, moved);
            LogPlaced(moved.Count, TForm.Kind);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Moved {Count} {Kind} item(s) to their places in the content files' list")]
    private partial void LogPlaced(int count, ContentKind kind);
}
