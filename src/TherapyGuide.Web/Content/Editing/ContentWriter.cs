using Microsoft.EntityFrameworkCore;
using TherapyGuide.Web.Content.Review;
using TherapyGuide.Web.Content.Search;
using TherapyGuide.Web.Data;
using TherapyGuide.Web.Languages;

namespace TherapyGuide.Web.Content.Editing;

/// <summary>
/// Writes one item's change with its revision, audit entry and search entry, inside the transaction
/// <see cref="ContentStore"/> holds for the whole operation: it never commits, so an operation that changes several
/// items (a reordered table, an import) is kept or dropped as a whole.
/// </summary>
public sealed class ContentWriter(
    TherapyGuideDbContext db,
    MarkdownRenderer renderer,
    TimeProvider clock,
    AuditLog audit,
    SearchIndex search,
    RevisionLog revisions,
    ReviewRule review)
{
    /// <summary>
    /// Creates the item when <paramref name="id"/> is null (or <paramref name="recreate"/>), else saves over the form's
    /// version. <paramref name="changed"/> gets the addresses whose public pages change, announced once the operation commits.
    /// A change the site's review rule does not let through on <paramref name="publication"/>'s word is refused
    /// (<see cref="SaveOutcome.NeedsApproval"/>) before anything is written.
    /// </summary>
    public async Task<SaveResult<TForm>> WriteAsync<TEntity, TForm>(
        int? id, TForm form, string author, string? note, RevisionAction action, Publication publication, ICollection<string?> changed,
        CancellationToken cancellationToken, bool recreate = false)
        where TEntity : ContentItem
        where TForm : class, IContentForm<TForm, TEntity>
    {
        ArgumentNullException.ThrowIfNull(changed);
        ArgumentNullException.ThrowIfNull(publication);
        var set = db.Set<TEntity>();
        var now = clock.GetUtcNow().UtcDateTime;
        if (await set.AnyAsync(x => x.Slug == form.Slug && x.Id != (id ?? 0), cancellationToken))
        {
            return new SaveResult<TForm>(SaveOutcome.SlugTaken);
        }

        TEntity entity;
        string? oldSlug = null;
        IReadOnlyList<FormField>? before = null;
        if (id is null || recreate)
        {
            entity = form.CreateEntity(renderer);
            if (recreate)
            {
                entity.Id = id!.Value; // a restored item keeps its address in history
            }

            entity.CreatedUtc = now;
            entity.Version = await revisions.LastVersionAsync(TForm.Kind, id, cancellationToken) + 1;
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
            before = TForm.From(entity).Fields().ToList();
            form.ApplyTo(entity, renderer);
            entity.Version++;
        }

        var includes = (form as ContentForm)?.IncludesOriginalVersion;
        if (!await FollowOriginalAsync(entity, id is null || recreate, publication, includes, cancellationToken))
        {
            db.ChangeTracker.Clear();
            return new SaveResult<TForm>(SaveOutcome.NotFound);
        }

        // Checked on the item as it would be stored (trimmed, normalised), against what readers see now.
        var after = TForm.From(entity).Fields().ToList();
        if (review.Refusals(TForm.Kind, before, after, publication) is { Count: > 0 } reasons)
        {
            db.ChangeTracker.Clear(); // nothing was written: forget the staged change
            return new SaveResult<TForm>(SaveOutcome.NeedsApproval, id ?? 0, Reasons: reasons);
        }

        StampReview(entity, before, after, publication);
        entity.UpdatedUtc = now;
        // Saved first, inside the operation's transaction: a new item needs its id before its revision can name it, and
        // the version check (a concurrency token) must pass before anything else is written.
        if (await TrySaveAsync<TEntity, TForm>(set, id, form.Slug, cancellationToken) is { } refused)
        {
            return refused;
        }

        if (entity is Article && oldSlug is not null && oldSlug != entity.Slug)
        {
            await RedirectOldSlugAsync(entity.Id, oldSlug, entity.Slug, now, cancellationToken);
        }

        await LeadTranslationsAsync(entity, cancellationToken);
        await search.UpdateAsync(entity, cancellationToken);
        revisions.Add<TEntity, TForm>(entity, action, author, note, publication);
        var saved = TForm.From(entity);
        audit.Add(author, action.ToString().ToLowerInvariant(), $"{TForm.Kind} {saved.DisplayName}", $"version {entity.Version}");
        await db.SaveChangesAsync(cancellationToken);
        changed.Add(entity.Slug);
        changed.Add(oldSlug);
        return new SaveResult<TForm>(SaveOutcome.Saved, entity.Id, entity.Version);
    }

    /// <summary>Deletes the item at <paramref name="version"/>, with a revision that keeps what it was.</summary>
    public async Task<SaveOutcome> RemoveAsync<TEntity, TForm>(int id, int version, string author, ICollection<string?> changed, CancellationToken cancellationToken)
        where TEntity : ContentItem
        where TForm : class, IContentForm<TForm, TEntity>
    {
        ArgumentNullException.ThrowIfNull(changed);
        var entity = await db.Set<TEntity>().SingleOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (entity is null || entity.Version != version)
        {
            return entity is null ? SaveOutcome.NotFound : SaveOutcome.Conflict;
        }

        var form = TForm.From(entity);
        db.Set<TEntity>().Remove(entity);
        revisions.Add<TEntity, TForm>(entity, RevisionAction.Deleted, author, note: null);
        audit.Add(author, "delete", $"{TForm.Kind} {form.DisplayName}", $"id {id}, version {version}");
        var translations = await RemoveTranslationsAsync<TEntity, TForm>(entity, author, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return SaveOutcome.Conflict;
        }

        foreach (var removed in translations.Prepend(entity))
        {
            await search.RemoveAsync(removed, cancellationToken);
        }

        changed.Add(entity.Slug);
        return SaveOutcome.Saved;
    }

    /// <summary>
    /// An English item's translations go with it: a Spanish reader must never keep advice the English no longer gives
    /// (an urgency card, a warning). Each keeps its own history, so it can be brought back after the original is.
    /// </summary>
    private async Task<List<TEntity>> RemoveTranslationsAsync<TEntity, TForm>(TEntity original, string author, CancellationToken cancellationToken)
        where TEntity : ContentItem
        where TForm : class, IContentForm<TForm, TEntity>
    {
        if (original.Language != SiteLanguage.English.Code)
        {
            return [];
        }

        var id = original.Id;
        var translations = await db.Set<TEntity>().IgnoreQueryFilters().Where(x => x.SourceId == id).ToListAsync(cancellationToken);
        foreach (var translation in translations)
        {
            var form = TForm.From(translation);
            db.Set<TEntity>().Remove(translation);
            revisions.Add<TEntity, TForm>(translation, RevisionAction.Deleted, author, note: "Deleted with its English original.");
            audit.Add(author, "delete", $"{TForm.Kind} {form.DisplayName} ({translation.Language})", $"id {translation.Id}, version {translation.Version}, with its original {id}");
        }

        return translations;
    }

    /// <summary>
    /// A translation (written while <see cref="LanguageScope"/> names a translation's language) is linked to the original
    /// with its slug and takes from it what is never translated (<see cref="ContentItem.FollowOriginal"/>). A new one,
    /// and one the content files bring, is taken to say everything the original says now. False when there is no
    /// original to translate. A translator who says the translation now includes the original's changes up to a version
    /// (<paramref name="includesVersion"/>, never past the original's own) moves its <see cref="ContentItem.SourceVersion"/>
    /// there; without that, a save keeps it, so a typo fixed in the Spanish does not hide that the English changed.
    /// </summary>
    private async Task<bool> FollowOriginalAsync<TEntity>(
        TEntity entity, bool created, Publication publication, int? includesVersion, CancellationToken cancellationToken)
        where TEntity : ContentItem
    {
        var language = LanguageScope.Content;
        if (language.IsOriginal)
        {
            return true;
        }

        var english = SiteLanguage.English.Code;
        var originals = db.Set<TEntity>().IgnoreQueryFilters().AsNoTracking().Where(x => x.Language == english);
        var original = entity.SourceId is { } sourceId
            ? await originals.SingleOrDefaultAsync(x => x.Id == sourceId, cancellationToken)
            : await originals.SingleOrDefaultAsync(x => x.Slug == entity.Slug, cancellationToken);
        if (original is null)
        {
            return false;
        }

        entity.Language = language.Code;
        entity.SourceId = original.Id;
        entity.Slug = original.Slug;
        if (created || publication.FromContentFiles || entity.SourceVersion is null)
        {
            entity.SourceVersion = original.Version;
        }
        else if (includesVersion is { } includes && includes > 0)
        {
            entity.SourceVersion = Math.Max(entity.SourceVersion ?? 0, Math.Min(includes, original.Version));
        }

        entity.FollowOriginal(original);
        return true;
    }

    /// <summary>
    /// An original's translations follow it at once in what is never translated (an urgency, a position, an address):
    /// a Spanish card never says less urgent than the English one. Their text waits for a translator, and their readers
    /// are told the English changed (<see cref="ContentItem.SourceVersion"/>).
    /// </summary>
    private async Task LeadTranslationsAsync<TEntity>(TEntity original, CancellationToken cancellationToken)
        where TEntity : ContentItem
    {
        if (original.Language != SiteLanguage.English.Code)
        {
            return;
        }

        var id = original.Id;
        var translations = await db.Set<TEntity>().IgnoreQueryFilters().Where(x => x.SourceId == id).ToListAsync(cancellationToken);
        foreach (var translation in translations)
        {
            translation.Slug = original.Slug;
            translation.FollowOriginal(original);
        }
    }

    /// <summary>
    /// Keeps on the item who approved the text readers now see: the reviewer when one approved it; unchanged after a minor
    /// change or a save that changed nothing but a position; cleared when the text changed without a review.
    /// </summary>
    private void StampReview(ContentItem entity, IReadOnlyList<FormField>? before, IReadOnlyList<FormField> after, Publication publication)
    {
        if (publication.Approval is { } approval)
        {
            entity.ReviewedBy = approval.ReviewerName;
            entity.ReviewerRole = approval.ReviewerRole;
            entity.ApprovedUtc = approval.ApprovedUtc;
            return;
        }

        var changed = ReviewRule.ChangedFields(before, after);
        var keeps = before is not null
            && (changed.All(f => f == "Position") || (publication.Minor && review.MinorRefusal(before, after, changed) is null));
        if (!keeps)
        {
            entity.ReviewedBy = null;
            entity.ReviewerRole = null;
            entity.ApprovedUtc = null;
        }
    }

    /// <summary>Saves what is staged; on a refusal, drops it and says why.</summary>
    private async Task<SaveResult<TForm>?> TrySaveAsync<TEntity, TForm>(DbSet<TEntity> set, int? id, string slug, CancellationToken cancellationToken)
        where TEntity : ContentItem
        where TForm : class, IContentForm<TForm, TEntity>
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
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
            if (await set.AsNoTracking().AnyAsync(x => x.Slug == slug, cancellationToken))
            {
                return new SaveResult<TForm>(SaveOutcome.SlugTaken);
            }

            throw;
        }
    }

    /// <summary>The old address answers 301 to the new one; an address taken back stops redirecting.</summary>
    private async Task RedirectOldSlugAsync(int articleId, string oldSlug, string newSlug, DateTime now, CancellationToken cancellationToken)
    {
        await db.SlugRedirects.Where(r => r.OldSlug == newSlug || r.OldSlug == oldSlug).ExecuteDeleteAsync(cancellationToken);
        db.SlugRedirects.Add(new SlugRedirect { OldSlug = oldSlug, ArticleId = articleId, CreatedUtc = now });
    }
}
