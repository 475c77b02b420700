using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace TherapyGuide.Web.Protection;

/// <summary>
/// Tells a refused client (429) when to try again, in seconds: from the limiter's own answer when it gives one, else
/// the whole window of the limit it hit. A well-behaved client or crawler then waits instead of hammering the site.
/// The body is left empty, so the friendly 429 page is still shown.
/// </summary>
public static class RetryAfter
{
    private static readonly object _windowKey = new();

    /// <summary>Notes the window of the limit this request is counted against, for <see cref="OnRejectedAsync"/>.</summary>
    public static void RememberWindow(HttpContext context, TimeSpan window)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Items[_windowKey] = window;
    }

    /// <summary>The rate limiter's <c>OnRejected</c>: adds <c>Retry-After</c>.</summary>
    public static ValueTask OnRejectedAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rejected);
        var context = rejected.HttpContext;
        var wait = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? retryAfter
            : context.Items[_windowKey] as TimeSpan? ?? TimeSpan.FromMinutes(1);
        var seconds = Math.Max(1, (long)Math.Ceiling(wait.TotalSeconds));
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return ValueTask.CompletedTask;
    }
}
