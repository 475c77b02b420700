using Microsoft.EntityFrameworkCore;
using TherapyGuide.Web.Data;

namespace TherapyGuide.Web.Impact;

/// <summary>
/// The figures editors see in /admin/impact: page views (<see cref="PageViewCounter"/>) beside the "Was this page
/// helpful?" answers and their comments, per page and day over a range, for the whole site or one page.
/// </summary>
public sealed class ImpactReport(TherapyGuideDbContext db)
{
    /// <summary>Every page's figures, every day of <paramref name="range"/> that has any; only <paramref name="path"/>'s when given.</summary>
    public async Task<ImpactDays> LoadAsync(ImpactRange range, string? path, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(range);
        var views = db.PageViewCounts.AsNoTracking().Where(v => v.Day >= range.From && v.Day <= range.To);
        var since = range.From.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var until = range.To.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var answers = db.PageFeedback.AsNoTracking().Where(f => f.CreatedUtc >= since && f.CreatedUtc < until);
        if (path is not null)
        {
            views = views.Where(v => v.Path == path);
            answers = answers.Where(f => f.Path == path);
        }

        var days = new Dictionary<(string Path, DateOnly Day), ImpactFigures>();
        void Add(string page, DateOnly day, ImpactFigures figures) =>
            days[(page, day)] = days.TryGetValue((page, day), out var earlier) ? earlier.Plus(figures) : figures;

        foreach (var view in await views.Select(v => new { v.Path, v.Day, v.Count }).ToListAsync(cancellationToken))
        {
            Add(view.Path, view.Day, new(view.Count, 0, 0, 0));
        }

        // Answers are few (and deleted after a while): summed here, by their day in UTC, rather than by date functions
        // that differ between the two stores.
        foreach (var answer in await answers.Select(f => new { f.Path, f.Helpful, HasComment = f.Comment != null, f.CreatedUtc }).ToListAsync(cancellationToken))
        {
            Add(answer.Path, DateOnly.FromDateTime(answer.CreatedUtc), new(0, answer.Helpful ? 1 : 0, answer.Helpful ? 0 : 1, answer.HasComment ? 1 : 0));
        }

        return new(range, days);
    }

    /// <summary>Whether the store has any figures for <paramref name="path"/> at all, at any time.</summary>
    public async Task<bool> KnowsAsync(string path, CancellationToken cancellationToken) =>
        await db.PageViewCounts.AnyAsync(v => v.Path == path, cancellationToken)
        || await db.PageFeedback.AnyAsync(f => f.Path == path, cancellationToken);
}
