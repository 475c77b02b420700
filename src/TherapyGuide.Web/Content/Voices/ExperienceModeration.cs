using Microsoft.EntityFrameworkCore;
using TherapyGuide.Web.Content.Editing;
using TherapyGuide.Web.Data;
using TherapyGuide.Web.Hosting;

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
    PublicPageCache publicPages)
{
    public async Task<bool> SetStatusAsync(int id, ExperienceStatus status, string actor, CancellationToken cancellationToken)
    {
        var experience = await db.SharedExperiences.SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (experience is null || status == ExperienceStatus.Pending)
        {
            return false;
        }

        var was = experience.Status;
        experience.Status = status;
        experience.ModeratedUtc = clock.GetUtcNow().UtcDateTime;
        // The audit entry is saved with the change, in one transaction.
        await audit.WriteAsync(actor, $"experience-{status.ToString().ToLowerInvariant()}", await TargetAsync(experience, cancellationToken), $"was {was}", cancellationToken);
        await ArticlesChangedAsync([experience.ArticleId], cancellationToken);
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
        await audit.WriteAsync(actor, "experience-delete", await TargetAsync(experience, cancellationToken), $"was {experience.Status}", cancellationToken);
        await ArticlesChangedAsync([experience.ArticleId], cancellationToken);
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
        await audit.WriteAsync(actor, "experience-erase", "a reader's experiences", $"{experiences.Count} deleted at the reader's request", cancellationToken);
        await ArticlesChangedAsync(experiences.Select(e => e.ArticleId), cancellationToken);
        return experiences.Count;
    }

    private async Task<string> TargetAsync(SharedExperience experience, CancellationToken cancellationToken)
    {
        var slug = await db.Articles.AsNoTracking().Where(a => a.Id == experience.ArticleId).Select(a => a.Slug).FirstOrDefaultAsync(cancellationToken);
        return $"experience {experience.Id} on article {slug}";
    }

    /// <summary>Experiences show only under their article, so only those articles' pages are cleared.</summary>
    private async Task ArticlesChangedAsync(IEnumerable<int> articleIds, CancellationToken cancellationToken)
    {
        var ids = articleIds.Distinct().ToList();
        var slugs = await db.Articles.AsNoTracking().Where(a => ids.Contains(a.Id)).Select(a => a.Slug).ToListAsync(cancellationToken);
        await publicPages.ArticlePagesChangedAsync(slugs);
    }
}
