namespace TherapyGuide.Web.Impact;

/// <summary>Adds the page views counted in memory to the store every <see cref="Interval"/>, and once more at shutdown.</summary>
public sealed partial class PageViewFlushService(PageViewCounter counter, TimeProvider clock, ILogger<PageViewFlushService> logger) : BackgroundService
{
    /// <summary>How often the counts are written: at most this much counting is lost if the process is killed.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await FlushAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: StopAsync writes what is left.
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await FlushAsync(cancellationToken);
    }

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        try
        {
            await counter.FlushAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The counts stay in memory and are tried again at the next flush; a full or busy store must not stop the site.
            LogFailed(exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Writing page view counts failed; they are kept for the next try")]
    private partial void LogFailed(Exception exception);
}
