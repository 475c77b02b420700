using System.Threading.Channels;

namespace TherapyGuide.Web.Content.Links;

/// <summary>
/// Runs the link checker at start, a short while after content changes (so a burst of saves costs one check), and
/// every <see cref="Interval"/>: a change saved on another node is not announced here, so the regular check is how
/// this node's report catches up with it.
/// </summary>
public sealed partial class LinkCheckService(LinkChecker checker, TimeProvider clock, ILogger<LinkCheckService> logger)
    : BackgroundService, IContentChangeListener
{
    /// <summary>How long after a change the check waits for more changes.</summary>
    public static readonly TimeSpan Quiet = TimeSpan.FromSeconds(5);

    /// <summary>How often the links are checked with no change heard.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromHours(6);

    // One waiting request is enough: any number of changes before the check starts are all read by it.
    private readonly Channel<bool> _requests = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public Task ChangedAsync(ContentKind kind, IEnumerable<string?> slugs)
    {
        _requests.Writer.TryWrite(true);
        return Task.CompletedTask;
    }

    // Readers' experiences hold no links.
    public Task ArticlePagesChangedAsync(IEnumerable<string> slugs) => Task.CompletedTask;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Let the site finish starting before the first check reads the whole store.
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await checker.CheckAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // Tried again at the next change or interval; it must not stop the site.
                LogFailed(exception);
            }

            await NextRequestAsync(stoppingToken);
        }
    }

    /// <summary>Waits for a change (and then for <see cref="Quiet"/>) or for <see cref="Interval"/>, whichever comes first.</summary>
    private async Task NextRequestAsync(CancellationToken stoppingToken)
    {
        using var interval = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        interval.CancelAfter(Interval);
        try
        {
            await _requests.Reader.ReadAsync(interval.Token);
            await Task.Delay(Quiet, clock, stoppingToken);
            _requests.Reader.TryRead(out _);
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            // The interval passed with no change: check anyway.
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Checking links failed")]
    private partial void LogFailed(Exception exception);
}
