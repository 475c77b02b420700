using TherapyGuide.Web.Data;

namespace TherapyGuide.Web.Content.Voices;

/// <summary>
/// Stores what readers send from the public pages, already checked and cleaned by the page: a shared experience goes
/// to the moderation queue (nothing shows until an editor approves it), page feedback to the editors' list.
/// </summary>
public sealed class ReaderSubmissions(TherapyGuideDbContext db, TimeProvider clock)
{
    public async Task ShareExperienceAsync(int articleId, string displayName, string text, CancellationToken cancellationToken)
    {
        db.SharedExperiences.Add(new SharedExperience
        {
            ArticleId = articleId,
            DisplayName = displayName,
            Text = text,
            Status = ExperienceStatus.Pending,
            SubmittedUtc = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task SendFeedbackAsync(string page, bool helpful, string? comment, CancellationToken cancellationToken)
    {
        db.PageFeedback.Add(new PageFeedback { Path = page, Helpful = helpful, Comment = comment, CreatedUtc = clock.GetUtcNow().UtcDateTime });
        await db.SaveChangesAsync(cancellationToken);
    }
}
