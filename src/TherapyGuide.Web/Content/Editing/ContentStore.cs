using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TherapyGuide.Web.Content.Search;
using TherapyGuide.Web.Data;

namespace TherapyGuide.Web.Content.Editing;

/// <summary>
/// The one place content is changed: it checks the version the editor started from, saves, writes the
/// revision and the audit entry in the same transaction, and clears the public pages' cache.
/// </summary>
public sealed class ContentStore(
    TherapyGuideDbContext db,
    MarkdownRenderer renderer,
    TimeProvider clock,
    AuditLog audit,
    SearchIndex search,
    ContentChanges publicPages)
{
    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web);

    /// <summary>Creates the item when <paramref name="id"/> is null, else saves over the version the form was loaded from.</summary>
    /// <remarks>
    /// What the caller has staged on the same context is saved with the item, in the same transaction; on any other
    /// outcome nothing is saved and the caller discards it. Taking the content files' version of an item stages "taken"
    /// that way (<see cref="Files.ContentFileVersions"/>), so it is recorded exactly when the item is saved.
    /// </remarks>
    public async Task<SaveResult<TForm>> SaveAsync<TEntity, TForm>(
        int? id, TForm form, string author, string? note, CancellationToken cancellationToken)
        where TEntity : ContentItem
        where TForm : class, IContentForm<TForm, TEntity>
    {
        ArgumentNullException.ThrowIfNull(form);
        return await SaveCoreAsync<TEntity, TForm>(id, form, author, note, RevisionAction.Updated, cancellationToken);
    }

    public async Task<SaveOutcome> DeleteAsync<TEntity, TForm>(int id, int version, string author, CancellationToken cancellationToken)
        where TEntity : ContentItem
        where TForm : class, IContentForm<TForm, TEntity>
    {
        var entity = await db.Set<TEntity>().SingleOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (entity is null)
        {
            return SaveOutcome.NotFound;
        }

        if (entity.Version != version)
        {
            return SaveOutcome.Conflict;
        }

        var form = TForm.From(entity);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Set<TEntity>().Remove(entity);
        AddRevision<TEntity, TForm>(form, id, entity.Version, RevisionAction.Deleted, author, note: null);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return SaveOutcome.Conflict;
        }

        await search.RemoveAsync(TForm.Kind, id, cancellationToken);
        await audit.WriteAsync(author, "delete", $"{TForm.Kind} {form.DisplayName}", $"id {id}, version {version}", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await publicPages.ChangedAsync(TForm.Kind, [entity.Slug]);
        return SaveOutcome.Saved;
    }

    /// <summary>Makes the item what a revision recorded, as a new save (or brings a deleted item back).</summary>
    public async Task<SaveResult<TForm>> RestoreAsync<TEntity, TForm>(Revision revision, string author, CancellationToken cancellationToken)
        where TEntity : ContentItem
        where TForm : class, IContentForm<TForm, TEntity>
    {
        ArgumentNullException.ThrowIfNull(revision);
        var form = ReadSnapshot<TForm>(revision.Snapshot);
        var current = await db.Set<TEntity>().AsNoTracking()
            .Where(x => x.Id == revision.ContentId)
            .Select(x => new { x.Version })
            .SingleOrDefaultAsync(cancellationToken);
        form.Version = current?.Version ?? 0;
        return await SaveCoreAsync<TEntity, TForm>(
            revision.ContentId, form, author, $"Restored version {revision.Version}", RevisionAction.Restored, cancellationToken,
            recreate: current is null);
    }

    public static string WriteSnapshot<TForm>(TForm form) => JsonSerializer.Serialize(form, _json);

    public static TForm ReadSnapshot<TForm>(string snapshot) =>
        JsonSerializer.Deserialize<TForm>(snapshot, _json) ?? throw new InvalidDataException("The revision has no snapshot.");

    private async Task<SaveResult<TForm>> SaveCoreAsync<TEntity, TForm>(
        int? id, TForm form, string author, string? note, RevisionAction action, CancellationToken cancellationToken, bool recreate = false)
        where TEntity : ContentItem
        where TForm : class, IContentForm<TForm, TEntity>
    {
        var set = db.Set<TEntity>();
        var now = clock.GetUtcNow().UtcDateTime;
        var slugTaken = await set.AnyAsync(x => x.Slug == form.Slug && x.Id != (id ?? 0), cancellationToken);
        if (slugTaken)
        {
            return new SaveResult<TForm>(SaveOutcome.SlugTaken);
        }

        TEntity entity;
        string? oldSlug = null;
        if (id is null || recreate)
        {
            entity = form.CreateEntity(renderer);
            if (recreate)
            {
                entity.Id = id!.Value; // a restored item keeps its address in history
            }

            entity.CreatedUtc = now;
            entity.Version = await LastRevisionVersionAsync(TForm.Kind, id, cancellationToken) + 1;
            set.Add(entity);
            action = recreate ? RevisionAction.Restored : RevisionAction.Created;
        }
        else
        {
            var found = await set.SingleOrDefaultAsync(x => x.Id == id, cancellationToken);
            if (found is null)
            {
                return new SaveResult<TForm>(SaveOutcome.NotFound);
            }

            entity = found;
            if (entity.Version != form.Version)
            {
                return new SaveResult<TForm>(SaveOutcome.Conflict, entity.Id, entity.Version, TForm.From(entity));
            }

            oldSlug = entity.Slug;
            form.ApplyTo(entity, renderer);
            entity.Version++;
        }

        entity.UpdatedUtc = now;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var stored = await set.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, cancellationToken);
            return stored is null
                ? new SaveResult<TForm>(SaveOutcome.NotFound)
                : new SaveResult<TForm>(SaveOutcome.Conflict, stored.Id, stored.Version, TForm.From(stored));
        }
        catch (DbUpdateException)
        {
            // Most likely a colleague took the same address a moment ago (the unique index said no).
            db.ChangeTracker.Clear();
            if (await set.AsNoTracking().AnyAsync(x => x.Slug == form.Slug, cancellationToken))
            {
                return new SaveResult<TForm>(SaveOutcome.SlugTaken);
            }

            throw;
        }

        if (entity is Article && oldSlug is not null && oldSlug != entity.Slug)
        {
            await RedirectOldSlugAsync(entity.Id, oldSlug, entity.Slug, now, cancellationToken);
        }

        await search.UpdateAsync(entity, cancellationToken);
        var saved = TForm.From(entity);
        AddRevision<TEntity, TForm>(saved, entity.Id, entity.Version, action, author, note);
        await audit.WriteAsync(author, action.ToString().ToLowerInvariant(), $"{TForm.Kind} {saved.DisplayName}", $"version {entity.Version}", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        await publicPages.ChangedAsync(TForm.Kind, [entity.Slug, oldSlug]);
        return new SaveResult<TForm>(SaveOutcome.Saved, entity.Id, entity.Version);
    }

    /// <summary>The old address answers 301 to the new one; an address taken back stops redirecting.</summary>
    private async Task RedirectOldSlugAsync(int articleId, string oldSlug, string newSlug, DateTime now, CancellationToken cancellationToken)
    {
        await db.SlugRedirects.Where(r => r.OldSlug == newSlug || r.OldSlug == oldSlug).ExecuteDeleteAsync(cancellationToken);
        db.SlugRedirects.Add(new SlugRedirect { OldSlug = oldSlug, ArticleId = articleId, CreatedUtc = now });
    }

    private async Task<int> LastRevisionVersionAsync(ContentKind kind, int? id, CancellationToken cancellationToken) =>
        id is null
            ? 0
            : await db.Revisions.Where(r => r.Kind == kind && r.ContentId == id).MaxAsync(r => (int?)r.Version, cancellationToken) ?? 0;

    private void AddRevision<TEntity, TForm>(TForm form, int id, int version, RevisionAction action, string author, string? note)
        where TEntity : ContentItem
        where TForm : class, IContentForm<TForm, TEntity> =>
        db.Revisions.Add(new Revision
        {
            Kind = TForm.Kind,
            ContentId = id,
            Version = version,
            Title = Truncate(form.DisplayName, 200),
            Snapshot = WriteSnapshot(form),
            Action = action,
            Note = string.IsNullOrWhiteSpace(note) ? null : Truncate(note.Trim(), 500),
            Author = author,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        });

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
