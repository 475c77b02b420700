using Microsoft.EntityFrameworkCore;
using TherapyGuide.Web.Content.Editing;
using TherapyGuide.Web.Data;

namespace TherapyGuide.Web.Content.Voices;

/// <summary>
/// The one place shared experiences are approved, set aside or deleted: each action is written to the audit log,
/// and the public pages' cache is cleared so that the article shows the change on the very next request.
/// </summary>
/// <remarks>Audit entries name the experience by its number and article, never by the reader's name, so that erasing a reader's entries leaves nothing of them behind.</remarks>
public sealed class ExperienceModeration(
    TherapyGuideDbContext db,
    TimeProvider clock,
    AuditLog audit,
    ContentChanges publicPages)
{
    /// <summary>
    /// The moves an editor may make: approve anything not already shown (hidden ones are shown again), reject
    /// only what waits for a decision, and hide only what is shown. Nothing goes back to the queue.
    /// </summary>
    public static bool CanMove(ExperienceStatus from, ExperienceStatus to) => to switch
    {
        ExperienceStatus.Approved => from != ExperienceStatus.Approved,
        ExperienceStatus.Rejected => from == ExperienceStatus.Pending,
        ExperienceStatus.Hidden => from == ExperienceStatus.Approved,
        _ => false,
    };

    /// <summary>Moves one experience to <paramref name="status"/>; false when it does not exist or <see cref="CanMove"/> refuses (a stale page, say).</summary>
    public async Task<bool> SetStatusAsync(int id, ExperienceStatus status, string actor, CancellationToken cancellationToken)
    {
        var experience = await db.SharedExperiences.SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (experience is null || !CanMove(experience.Status, status))
        {
            return false;
        }

        var was = experience.Status;
        experience.Status = status;
        experience.ModeratedUtc = clock.GetUtcNow().UtcDateTime;
        var slug = await SlugOfAsync(experience.ArticleId, cancellationToken);
        audit.Add(actor, $"experience-{status.ToString().ToLowerInvariant()}", Target(experience, slug), $"was {was}");
        // One save: the audit entry is written with the change, never without it.
        await db.SaveChangesAsync(cancellationToken);
        if (slug is not null && (was == ExperienceStatus.Approved || status == ExperienceStatus.Approved))
        {
            await publicPages.ArticlePagesChangedAsync([slug]);
        }

        return true;
    }

    public async Task<bool> DeleteAsync(int id, string actor, CancellationToken cancellationToken)
    {
        var experience = await db.SharedExperiences.SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (experience is null)
        {
            return false;
        }

        db.SharedExperiences.Remove(experience);
        var slug = await SlugOfAsync(experience.ArticleId, cancellationToken);
        audit.Add(actor, "experience-delete", Target(experience, slug), $"was {experience.Status}");
        await db.SaveChangesAsync(cancellationToken);
        await ShownOnesChangedAsync([experience], cancellationToken);
        return true;
    }

    /// <summary>The experiences shared under <paramref name="displayName"/>, in any case, whatever their status.</summary>
    public async Task<IReadOnlyList<int>> SharedUnderAsync(string? displayName, CancellationToken cancellationToken)
    {
        var name = ReaderText.Clean(displayName, multiline: false);
        if (name is null)
        {
            return [];
        }

        // Matched in .NET rather than SQL: SQLite's lower() and NOCASE fold ASCII letters only (Zoë, ZOË).
        return (await db.SharedExperiences.AsNoTracking().Select(e => new { e.Id, e.DisplayName }).ToListAsync(cancellationToken))
            .Where(e => string.Equals(e.DisplayName, name, StringComparison.OrdinalIgnoreCase))
            .Select(e => e.Id)
            .ToList();
    }

    /// <summary>Deletes every experience shared under <paramref name="displayName"/>, at the reader's request.</summary>
    public async Task<int> EraseAsync(string? displayName, string actor, CancellationToken cancellationToken)
    {
        var ids = await SharedUnderAsync(displayName, cancellationToken);
        if (ids.Count == 0)
        {
            return 0;
        }

        var experiences = await db.SharedExperiences.Where(e => ids.Contains(e.Id)).ToListAsync(cancellationToken);
        db.SharedExperiences.RemoveRange(experiences);
        audit.Add(actor, "experience-erase", "a reader's experiences", $"{experiences.Count} deleted at the reader's request");
        await db.SaveChangesAsync(cancellationToken);
        await ShownOnesChangedAsync(experiences, cancellationToken);
        return experiences.Count;
    }

    private static string Target(SharedExperience experience, string? slug) => $"experience {experience.Id} on article {slug}";

    private Task<string?> SlugOfAsync(int articleId, CancellationToken cancellationToken) =>
        db.Articles.AsNoTracking().Where(a => a.Id == articleId).Select(a => a.Slug).FirstOrDefaultAsync(cancellationToken);

    /// <summary>
    /// Experiences show only under their article, and only once approved: only the pages of articles that showed
    /// one of these are cleared. Deleting spam from the queue leaves every cached page (and reader's ETag) alone.
    /// </summary>
    private async Task ShownOnesChangedAsync(IEnumerable<SharedExperience> experiences, CancellationToken cancellationToken)
    {
        var ids = experiences.Where(e => e.Status == ExperienceStatus.Approved).Select(e => e.ArticleId).Distinct().ToList();
        if (ids.Count > 0)
        {
            var slugs = await db.Articles.AsNoTracking().Where(a => ids.Contains(a.Id)).Select(a => a.Slug).ToListAsync(cancellationToken);
            await publicPages.ArticlePagesChangedAsync(slugs);
        }
    }
}
