using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TherapyGuide.Web.Data;

namespace TherapyGuide.Web.Content.Voices;

/// <summary>Deletes what readers sent once the privacy page says it is no longer kept.</summary>
public sealed partial class VoicesRetention(TherapyGuideDbContext db, TimeProvider clock, IOptions<TherapyGuideOptions> options, ILogger<VoicesRetention> logger)
{
    public async Task<(int Feedback, int Experiences)> DeleteExpiredAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var feedbackBefore = now.AddDays(-options.Value.FeedbackRetentionDays);
        var setAsideBefore = now.AddDays(-options.Value.SetAsideExperienceRetentionDays);

        var feedback = await db.PageFeedback.Where(f => f.CreatedUtc < feedbackBefore).ExecuteDeleteAsync(cancellationToken);
        var experiences = await db.SharedExperiences
            .Where(e => (e.Status == ExperienceStatus.Rejected || e.Status == ExperienceStatus.Hidden) && e.ModeratedUtc < setAsideBefore)
            .ExecuteDeleteAsync(cancellationToken);
        if (feedback + experiences > 0)
        {
            LogDeleted(feedback, experiences);
        }

        return (feedback, experiences);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted {Feedback} old feedback answer(s) and {Experiences} rejected or hidden experience(s)")]
    private partial void LogDeleted(int feedback, int experiences);
}
