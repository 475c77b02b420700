using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using TherapyGuide.Web.Data;

namespace TherapyGuide.Web.Caching;

/// <summary>
/// Several nodes on one PostgreSQL store: each keeps its cached pages in its own memory (a hit costs no round trip)
/// and tells the others what a save made out of date with PostgreSQL's NOTIFY; each listens on a connection of its own
/// (LISTEN) and clears those pages, then answers that it has. A save waits for every answer (at most
/// <see cref="AcknowledgementWait"/>), so the next request, to any node, shows the change. A node that loses that connection is out of step (<see cref="ICacheCoherence"/>):
/// it serves nothing from its cache until it listens again, and then clears every cached page, since it may have
/// missed a change meanwhile.
/// </summary>
public sealed partial class PostgreSqlChangeFeed(
    IServiceProvider services,
    IServiceScopeFactory scopes,
    PostgreSqlChangeFeed.Listening listening,
    ILogger<PostgreSqlChangeFeed> logger) : BackgroundService, IChangeBroadcast, ICacheCoherence
{
    // Asked for when first needed: the cache tells this feed what to send, so it cannot be given to it at construction.
    private PublicPageCache Cache => services.GetRequiredService<PublicPageCache>();

    public const string Channel = "therapyguide_changes";

    /// <summary>
    /// The longest a node waits before trying to listen again after its connection was lost: it tries after 50 ms,
    /// then waits twice as long after each failure, up to this.
    /// </summary>
    public static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(1);

    /// <summary>
    /// A notification holds at most 8,000 bytes; a change with more tags than that (never seen: a save clears a few)
    /// asks the other nodes to clear every page.
    /// </summary>
    private const int MaxPayloadBytes = 7_000;

    /// <summary>How long a start waits for the node to listen before it serves anyway (out of step until it does).</summary>
    private static readonly TimeSpan _firstListenWait = TimeSpan.FromSeconds(10);

    /// <summary>
    /// The longest a save waits for every other listening node to say it has cleared the pages (each answers a notice
    /// with an acknowledgement once it has): the editor's save returns, and the front caches are purged, after that.
    /// A node that does not answer in time (stopped, or stuck) is waited for no longer; it is logged.
    /// </summary>
    public static readonly TimeSpan AcknowledgementWait = TimeSpan.FromSeconds(1);

    private readonly string _node = Guid.NewGuid().ToString("N");
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Acknowledgements> _awaiting = new(StringComparer.Ordinal);
    private readonly List<string> _heard = [];
    private readonly TaskCompletionSource _firstListen = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile bool _inStep;
    private volatile int _listens;

    /// <summary>The store's connection string, as the site's pool uses it.</summary>
    public sealed record Listening(string ConnectionString);

    /// <summary>
    /// How long the listening connection may be silent before the node asks the server whether it is still there, and
    /// how long it waits for the answer: a connection cut without a word (a network partition, a server that froze)
    /// puts the node out of step within about <see cref="SilenceCheck"/> + 2 × <see cref="SilenceAnswer"/> (9 s: the wait
    /// for the answer, then Npgsql's wait for the server to cancel the question). That is the longest a node can serve
    /// a cached page that another node's save made out of date.
    /// </summary>
    public static readonly TimeSpan SilenceCheck = TimeSpan.FromSeconds(5);

    /// <inheritdoc cref="SilenceCheck"/>
    public static readonly TimeSpan SilenceAnswer = TimeSpan.FromSeconds(2);

    /// <summary>The listening connection: the store's own, unpooled, named so pg_stat_activity shows it.</summary>
    private string ListeningConnection => new NpgsqlConnectionStringBuilder(listening.ConnectionString)
    {
        ApplicationName = ApplicationName + _node,
        Pooling = false,
        TcpKeepAlive = true,
    }.ConnectionString;

    /// <summary>The listening connections' application name, before the node's name (pg_stat_activity shows them).</summary>
    public const string ApplicationName = "TherapyGuide change feed ";

    public bool InStep => _inStep;

    /// <summary>How many times this node has started listening (once at the start, again after each lost connection).</summary>
    public int Listens => _listens;

    /// <summary>This node's name in its notices, and in the listening connection's application name.</summary>
    public string Node => _node;

    /// <summary>
    /// The change is saved already: a notice that cannot be sent is logged, not thrown at the editor. The store is
    /// then out of reach for the other nodes too, so they are out of step and serve nothing cached.
    /// </summary>
    public async Task<bool> SendAsync(IReadOnlyList<string> tags, long before, long after)
    {
        var id = Guid.NewGuid().ToString("N");
        var payload = JsonSerializer.Serialize(new Notice(_node, tags, before, after, id));
        if (Encoding.UTF8.GetByteCount(payload) > MaxPayloadBytes)
        {
            payload = JsonSerializer.Serialize(new Notice(_node, [CacheTags.AnyPage], before, after, id));
        }

        Acknowledgements? acknowledgements = null;
        try
        {
            await using (var scope = scopes.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<TherapyGuideDbContext>();
                // The other nodes listening now: each answers once it has cleared the pages.
                var others = await db.Database
                    .SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM pg_stat_activity WHERE datname = current_database() AND application_name LIKE {ApplicationName + "%"} AND application_name <> {ApplicationName + _node}")
                    .SingleAsync(CancellationToken.None);
                acknowledgements = _awaiting[id] = new Acknowledgements(others);
                await db.Database.ExecuteSqlAsync($"SELECT pg_notify({Channel}, {payload})", CancellationToken.None);
            }

            await acknowledgements.All.WaitAsync(AcknowledgementWait);
            return true;
        }
        catch (TimeoutException) when (acknowledgements is not null)
        {
            LogNotAcknowledged(acknowledgements.Missing, acknowledgements.Expected, AcknowledgementWait.TotalSeconds);
            return false;
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException or TimeoutException)
        {
            LogNotSent(e.Message);
            return false;
        }
        finally
        {
            _awaiting.TryRemove(id, out _);
        }
    }

    /// <summary>The node starts serving once it listens, so its first pages are cached and carry ETags.</summary>
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await base.StartAsync(cancellationToken);
        try
        {
            await _firstListen.Task.WaitAsync(_firstListenWait, cancellationToken);
        }
        catch (TimeoutException)
        {
            LogStartedOutOfStep(_firstListenWait.TotalSeconds);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            var listensBefore = _listens;
            try
            {
                await ListenAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is NpgsqlException or IOException or TimeoutException or InvalidOperationException)
            {
                _inStep = false;
                failures = _listens == listensBefore ? failures + 1 : 1;
                var delay = TimeSpan.FromMilliseconds(Math.Min(RetryDelay.TotalMilliseconds, 50 * Math.Pow(2, Math.Min(failures - 1, 10))));
                LogLost(e.Message, delay.TotalSeconds);
                try
                {
                    await Task.Delay(delay, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private async Task ListenAsync(CancellationToken stoppingToken)
    {
        var connection = new NpgsqlConnection(ListeningConnection);
        connection.Notification += (_, e) =>
        {
            lock (_heard)
            {
                _heard.Add(e.Payload);
            }
        };
        try
        {
            await connection.OpenAsync(stoppingToken);
            await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
            {
                await listen.ExecuteNonQueryAsync(stoppingToken);
            }

            // Listening again after a start or a lost connection: whatever changed meanwhile, no cached page is kept.
            await Cache.ForgetEverythingAsync(stoppingToken);
            _inStep = true;
            _listens++;
            _firstListen.TrySetResult();
            LogListening();
            while (true)
            {
                if (!await connection.WaitAsync((int)SilenceCheck.TotalMilliseconds, stoppingToken))
                {
                    // Silent for a while: a round trip proves the connection still hears (or throws, and the node is out of step).
                    // Npgsql's own timeouts wait for the store to cancel the question, which a silent network never
                    // answers: the node stops waiting itself, and lets the connection go.
                    var check = new NpgsqlCommand("SELECT 1", connection).ExecuteScalarAsync(stoppingToken);
                    if (await Task.WhenAny(check, Task.Delay(SilenceAnswer, stoppingToken)) != check)
                    {
                        _ = check.ContinueWith(static question => question.Exception, TaskScheduler.Default);
                        throw new TimeoutException($"The store did not answer within {SilenceAnswer.TotalSeconds} s.");
                    }

                    await check;
                }

                await ClearHeardAsync(connection);
            }
        }
        finally
        {
            _inStep = false;
            // A connection cut without a word takes long to close: the node listens again on a new one meanwhile.
            var closing = connection.DisposeAsync().AsTask();
            if (await Task.WhenAny(closing, Task.Delay(SilenceAnswer, CancellationToken.None)) != closing)
            {
                _ = closing.ContinueWith(static close => close.Exception, TaskScheduler.Default);
            }
        }
    }

    private async Task ClearHeardAsync(NpgsqlConnection connection)
    {
        List<string> heard;
        lock (_heard)
        {
            heard = [.. _heard];
            _heard.Clear();
        }

        foreach (var payload in heard)
        {
            var notice = Read(payload);
            if (notice is null)
            {
                LogUnreadable(payload.Length);
                await Cache.ForgetEverythingAsync(CancellationToken.None);
            }
            else if (notice.AcknowledgementOf is { } acknowledged)
            {
                if (_awaiting.TryGetValue(acknowledged, out var acknowledgements))
                {
                    acknowledgements.Heard();
                }
            }
            else if (notice.Node != _node)
            {
                await Cache.ChangedElsewhereAsync(notice.Tags!, notice.Before, notice.After);
                if (notice.Id is not null)
                {
                    var acknowledgement = JsonSerializer.Serialize(new Notice(_node, null, 0, 0, AcknowledgementOf: notice.Id));
                    await using var answer = new NpgsqlCommand("SELECT pg_notify($1, $2)", connection) { Parameters = { new() { Value = Channel }, new() { Value = acknowledgement } } };
                    await answer.ExecuteNonQueryAsync(CancellationToken.None);
                }
            }
        }
    }

    private static Notice? Read(string payload)
    {
        try
        {
            return JsonSerializer.Deserialize<Notice>(payload) is { Node: not null } notice && (notice.Tags is not null || notice.AcknowledgementOf is not null) ? notice : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// What one node tells the others: who saved (so it skips its own notice), the tags to clear, the store's count
    /// of changes before and after it cleared them, and the notice's name; or that it has acted on the notice so named.
    /// </summary>
    private sealed record Notice(string Node, IReadOnlyList<string>? Tags, long Before, long After, string? Id = null, string? AcknowledgementOf = null);

    /// <summary>The other nodes' answers to one notice, awaited by its sender.</summary>
    private sealed class Acknowledgements
    {
        private readonly TaskCompletionSource _all = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _missing;

        public Acknowledgements(int expected)
        {
            Expected = expected;
            _missing = expected;
            if (expected <= 0)
            {
                _all.TrySetResult();
            }
        }

        public int Expected { get; }

        public int Missing => Volatile.Read(ref _missing);

        public Task All => _all.Task;

        public void Heard()
        {
            if (Interlocked.Decrement(ref _missing) == 0)
            {
                _all.TrySetResult();
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Listening for the other nodes' changes; every cached page was cleared")]
    private partial void LogListening();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Not listening for the other nodes' changes {Seconds} s after the start; serving no cached page until it is")]
    private partial void LogStartedOutOfStep(double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lost the connection that hears the other nodes' changes ({Reason}); serving no cached page until it is back, trying again in {Seconds} s")]
    private partial void LogLost(string reason, double seconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not tell the other nodes of a saved change ({Reason}); they serve nothing cached while the store is out of their reach")]
    private partial void LogNotSent(string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Missing} of {Expected} other nodes did not say within {Seconds} s that they had cleared the pages a save changed")]
    private partial void LogNotAcknowledged(int missing, int expected, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A change notice of {Length} characters could not be read; every cached page was cleared")]
    private partial void LogUnreadable(int length);
}
