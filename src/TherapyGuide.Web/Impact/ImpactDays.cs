namespace TherapyGuide.Web.Impact;

/// <summary>The figures of a range per page and day, summed the ways the charts, tables and CSV show them.</summary>
public sealed class ImpactDays(ImpactRange range, IReadOnlyDictionary<(string Path, DateOnly Day), ImpactFigures> days)
{
    public ImpactRange Range { get; } = range;

    public ImpactFigures Total { get; } = days.Values.Aggregate(ImpactFigures.None, (sum, figures) => sum.Plus(figures));

    /// <summary>The range cut into days or weeks (<see cref="ImpactRange.DaysPerPeriod"/>), oldest first, every one there even when empty.</summary>
    public IReadOnlyList<ImpactPeriod> Periods()
    {
        var byDay = days.GroupBy(entry => entry.Key.Day)
            .ToDictionary(group => group.Key, group => group.Aggregate(ImpactFigures.None, (sum, entry) => sum.Plus(entry.Value)));
        var periods = new List<ImpactPeriod>();
        for (var from = Range.From; from <= Range.To; from = from.AddDays(Range.DaysPerPeriod))
        {
            var to = from.AddDays(Range.DaysPerPeriod - 1);
            to = to > Range.To ? Range.To : to;
            var figures = ImpactFigures.None;
            for (var day = from; day <= to; day = day.AddDays(1))
            {
                figures = byDay.TryGetValue(day, out var some) ? figures.Plus(some) : figures;
            }

            periods.Add(new(from, to, figures));
        }

        return periods;
    }

    /// <summary>Every page with figures in the range, the most viewed first.</summary>
    public IReadOnlyList<ImpactPage> Pages() =>
        [.. days.GroupBy(entry => entry.Key.Path)
            .Select(group => new ImpactPage(group.Key, group.Aggregate(ImpactFigures.None, (sum, entry) => sum.Plus(entry.Value))))
            .OrderByDescending(page => page.Figures.Views).ThenByDescending(page => page.Figures.Answers).ThenBy(page => page.Path, StringComparer.Ordinal)];

    /// <summary>Each page's figures each day, by day and then page: the CSV's rows.</summary>
    public IEnumerable<(DateOnly Day, string Path, ImpactFigures Figures)> PageDays() =>
        days.OrderBy(entry => entry.Key.Day).ThenBy(entry => entry.Key.Path, StringComparer.Ordinal)
            .Select(entry => (entry.Key.Day, entry.Key.Path, entry.Value));
}
