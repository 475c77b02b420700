using System.Globalization;
using Microsoft.AspNetCore.Html;

namespace TherapyGuide.Web.Impact;

/// <summary>The two charts of the impact figures, views and helpful share, with a sentence each that says what they show.</summary>
public static class ImpactCharts
{
    public static HtmlString Views(string id, IReadOnlyList<ImpactPeriod> periods, string what)
    {
        ArgumentNullException.ThrowIfNull(periods);
        var per = Per(periods);
        var total = periods.Sum(p => p.Figures.Views);
        var busiest = periods.MaxBy(p => p.Figures.Views);
        var description = $"{what}: {total.ToString("N0", CultureInfo.InvariantCulture)} views per {per} from {Span(periods)}"
            + (busiest is { Figures.Views: > 0 } ? $", most in {busiest.Label} ({busiest.Figures.Views.ToString("N0", CultureInfo.InvariantCulture)})." : ".");
        return SvgBarChart.Render(id, $"Views per {per}", description, [.. periods.Select(p => new ChartBar(p.Label, p.Figures.Views))]);
    }

    public static HtmlString HelpfulShare(string id, IReadOnlyList<ImpactPeriod> periods, string what)
    {
        ArgumentNullException.ThrowIfNull(periods);
        var total = periods.Aggregate(ImpactFigures.None, (sum, p) => sum.Plus(p.Figures));
        var description = total.HelpfulPercent is { } share
            ? $"{what}: {share}% of {total.Answers} answers to “Was this page helpful?” said yes, from {Span(periods)}; a {Per(periods)} without answers has no bar."
            : $"{what}: no one answered “Was this page helpful?” from {Span(periods)}.";
        return SvgBarChart.Render(id, $"“Helpful” share per {Per(periods)}", description,
            [.. periods.Select(p => new ChartBar(p.Label, p.Figures.HelpfulPercent))], maximum: 100, unit: "%");
    }

    private static string Per(IReadOnlyList<ImpactPeriod> periods) => periods.Count > 0 && periods[0].From != periods[0].To ? "week" : "day";

    private static string Span(IReadOnlyList<ImpactPeriod> periods) =>
        periods.Count == 0 ? "" : $"{periods[0].From.ToString("d MMM yyyy", CultureInfo.InvariantCulture)} to {periods[^1].To.ToString("d MMM yyyy", CultureInfo.InvariantCulture)}";
}
