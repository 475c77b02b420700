using Microsoft.EntityFrameworkCore;
using TherapyGuide.Web.Content.Review;
using TherapyGuide.Web.Data;

namespace TherapyGuide.Web.Hosting;

/// <summary>
/// Publishes approved drafts whose time has come, checking every <see cref="Interval"/>. On several nodes each one
/// checks, and the store lets exactly one publish each draft: publishing deletes the draft at the version it read, in
/// the same transaction as the save, so a second node's attempt is refused and rolled back.
/// </summary>
public sealed partial class ScheduledPublishingService(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ScheduledPublishingService> logger)
    : BackgroundService
{
    /// <summary>How late a scheduled draft can go live at most (plus the time the save takes).</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                await PublishDueAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // Tried again at the next tick; it must not stop the site.
                LogFailed(exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Publishes every approved draft that is due; returns how many this node published.</summary>
    public async Task<int> PublishDueAsync(CancellationToken cancellationToken)
    {
        List<(int Id, int Version)> due;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var now = clock.GetUtcNow().UtcDateTime;
            due = (await scope.ServiceProvider.GetRequiredService<TherapyGuideDbContext>().ContentDrafts.AsNoTracking()
                    .Where(d => d.State == DraftState.Approved && d.PublishAtUtc != null && d.PublishAtUtc <= now)
                    .OrderBy(d => d.PublishAtUtc)
                    .Select(d => new { d.Id, d.Version })
                    .ToListAsync(cancellationToken))
                .Select(d => (d.Id, d.Version)).ToList();
        }

        var published = 0;
        foreach (var (id, version) in due)
        {
            // A scope each: a refused draft must not leave anything behind for the next one.
            await using var scope = scopes.CreateAsyncScope();
            var (result, _, _) = await scope.ServiceProvider.GetRequiredService<ContentDrafts>()
                .PublishAsync(id, version, ContentDrafts.ScheduledPublisher, cancellationToken);
            if (result.Outcome == DraftOutcome.Done)
            {
                published++;
            }
            else if (result.Outcome == DraftOutcome.Refused)
            {
                // Another node published it first (Conflict, NotFound) is expected; a refusal needs an editor.
                LogRefused(id, result.Reason);
            }
        }

        return published;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A scheduled draft ({DraftId}) was not published: {Reason}")]
    private partial void LogRefused(int draftId, string? reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Publishing scheduled drafts failed")]
    private partial void LogFailed(Exception exception);
}
