using Microsoft.Extensions.Primitives;

namespace TherapyGuide.Web.Impact;

/// <summary>The days the impact figures cover: the last <see cref="Days"/> days (UTC), today included.</summary>
public sealed record ImpactRange
{
    /// <summary>The ranges an editor can choose; anything else in <c>?days=</c> is refused (400).</summary>
    public static readonly IReadOnlyList<int> Choices = [7, 30, 90, 365];

    public const int DefaultDays = 30;

    private ImpactRange(int days, DateOnly today)
    {
        Days = days;
        To = today;
        From = today.AddDays(1 - days);
    }

    public int Days { get; }

    public DateOnly From { get; }

    public DateOnly To { get; }

    /// <summary>Days per bar and table row: one for a month or less, a week (from the range's first day) beyond.</summary>
    public int DaysPerPeriod => Days <= 31 ? 1 : 7;

    /// <summary>
    /// The range that <c>?days=</c> names: the default when it is absent, null when it is anything but one of the
    /// <see cref="Choices"/> given once.
    /// </summary>
    public static ImpactRange? FromQuery(StringValues days, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (days.Count == 0)
        {
            return new(DefaultDays, today);
        }

        var chosen = Choices.FirstOrDefault(choice => days.Count == 1 && days[0] == choice.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return chosen == 0 ? null : new(chosen, today);
    }

    /// <summary>The last <paramref name="days"/> days up to today.</summary>
    public static ImpactRange Last(int days, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        return new(days, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
    }
}
