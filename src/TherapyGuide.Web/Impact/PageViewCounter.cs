using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using TherapyGuide.Web.Data;

namespace TherapyGuide.Web.Impact;

/// <summary>
/// Page views, counted in this node's memory per page and day (UTC) and added to the store by <see cref="FlushAsync"/>
/// (every <see cref="PageViewFlushService.Interval"/> and at shutdown), so reading a page never waits for a write.
/// Only a page's path and a number are kept: nothing about who read it.
/// </summary>
public sealed class PageViewCounter(IServiceScopeFactory scopes, TimeProvider clock) : IDisposable
{
    private readonly ConcurrentDictionary<(string Path, DateOnly Day), long> _pending = new();

    // The pages this node has shown since it started: a 304 (a reader's browser showing its copy again) counts only for
    // these, since the ETags' 304 is answered before routing and would otherwise accept any made-up path.
    private readonly ConcurrentDictionary<string, byte> _shownPages = new(StringComparer.Ordinal);

    private readonly SemaphoreSlim _flushing = new(1, 1);

    /// <summary>A reader was sent the page at <paramref name="path"/> (a canonical path: lower case, no query string).</summary>
    public void Shown(string path)
    {
        _shownPages.TryAdd(path, 0);
        Add(path);
    }

    /// <summary>A reader's browser was told its copy of the page at <paramref name="path"/> is current (304).</summary>
    public void ShownAgain(string path)
    {
        if (_shownPages.ContainsKey(path))
        {
            Add(path);
        }
    }

    private void Add(string path)
    {
        var day = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        _pending.AddOrUpdate((path, day), 1, (_, count) => count + 1);
    }

    /// <summary>
    /// Adds the counts made since the last flush to the store's rows for each page and day. Each node adds to the row
    /// (INSERT … ON CONFLICT DO UPDATE, the same SQL on SQLite and PostgreSQL), so several nodes lose no count. If the
    /// store cannot be written, the counts are kept for the next flush.
    /// </summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        await _flushing.WaitAsync(cancellationToken);
        try
        {
            var taken = new List<KeyValuePair<(string Path, DateOnly Day), long>>();
            foreach (var key in _pending.Keys)
            {
                if (_pending.TryRemove(key, out var count))
                {
                    taken.Add(new(key, count));
                }
            }

            if (taken.Count == 0)
            {
                return;
            }

            var saved = false;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<TherapyGuideDbContext>();
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                foreach (var ((path, day), count) in taken)
                {
                    await db.Database.ExecuteSqlAsync(
                        $"""
                        INSERT INTO "PageViewCounts" ("Path", "Day", "Count") VALUES ({path}, {day}, {count})
                        ON CONFLICT ("Path", "Day") DO UPDATE SET "Count" = "PageViewCounts"."Count" + excluded."Count"
                        """,
                        cancellationToken);
                }

                await transaction.CommitAsync(cancellationToken);
                saved = true;
            }
            finally
            {
                if (!saved)
                {
                    foreach (var (key, count) in taken)
                    {
                        _pending.AddOrUpdate(key, count, (_, newer) => newer + count);
                    }
                }
            }
        }
        finally
        {
            _flushing.Release();
        }
    }

    public void Dispose() => _flushing.Dispose();
}
