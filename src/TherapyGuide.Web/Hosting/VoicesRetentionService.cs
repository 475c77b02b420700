using TherapyGuide.Web.Content.Voices;

namespace TherapyGuide.Web.Hosting;

/// <summary>Runs <see cref="VoicesRetention"/> at start and once a day after.</summary>
public sealed partial class VoicesRetentionService(IServiceScopeFactory scopes, TimeProvider clock, ILogger<VoicesRetentionService> logger) : BackgroundService
{
    private static readonly TimeSpan _interval = TimeSpan.FromDays(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_interval, clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<VoicesRetention>().DeleteExpiredAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // A failed clean-up is tried again tomorrow; it must not stop the site.
                LogFailed(exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Deleting old readers' feedback and experiences failed")]
    private partial void LogFailed(Exception exception);
}
