using System.Globalization;

namespace TherapyGuide.Web.Caching;

/// <summary>
/// A token that changes whenever any content is saved, deleted or restored, and at every start (so a new
/// stylesheet or page layout is never answered with 304). Public pages carry it as their ETag.
/// </summary>
public sealed class ContentVersion(TimeProvider clock)
{
    private readonly string _start = clock.GetUtcNow().UtcTicks.ToString("x", CultureInfo.InvariantCulture);
    private long _changes;

    public string ETag => $"W/\"{_start}-{Interlocked.Read(ref _changes).ToString(CultureInfo.InvariantCulture)}\"";

    public void Changed() => Interlocked.Increment(ref _changes);
}
