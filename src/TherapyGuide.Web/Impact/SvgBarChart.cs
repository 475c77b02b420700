using System.Globalization;
using System.Security;
using System.Text;
using Microsoft.AspNetCore.Html;

namespace TherapyGuide.Web.Impact;

/// <summary>One bar: its label (a date, say) and its value; a null value draws no bar (no data), a zero a thin one.</summary>
public sealed record ChartBar(string Label, double? Value);

/// <summary>
/// A bar chart as inline SVG, drawn on the server: no script, the same on screen and paper. Its size is fixed by its
/// viewBox, so it scales to any width (a phone's 320 px too); it is one image to assistive technology, named by its
/// title and described by its description, and the page gives the numbers in a table beside it. Every text is escaped.
/// </summary>
public static class SvgBarChart
{
    public const int Width = 360;
    public const int Height = 200;

    private const double Left = 48;
    private const double Right = Width - 6;
    private const double Top = 14;
    private const double Baseline = Height - 34;
    private const int FontSize = 13;
    private const double ZeroHeight = 2;

    private static readonly int[] _steps = [1, 2, 5, 10];

    /// <param name="id">Unique on the page: names the title and description elements.</param>
    /// <param name="title">What the chart shows, its accessible name.</param>
    /// <param name="description">The figures in a sentence, for those who cannot see the bars.</param>
    /// <param name="bars">The bars, left to right.</param>
    /// <param name="maximum">The top of the scale (100 for a share); from the highest bar, rounded up, when null.</param>
    /// <param name="unit">Written after the scale's numbers, such as "%".</param>
    public static HtmlString Render(string id, string title, string description, IReadOnlyList<ChartBar> bars, double? maximum = null, string unit = "")
    {
        ArgumentNullException.ThrowIfNull(bars);
        var top = maximum ?? RoundUp(bars.Max(bar => bar.Value) ?? 0);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture,
            $"""<svg xmlns="http://www.w3.org/2000/svg" class="impact-chart" viewBox="0 0 {Width} {Height}" role="img" aria-labelledby="{Escape(id)}-title {Escape(id)}-desc">""");
        svg.Append(CultureInfo.InvariantCulture, $"""<title id="{Escape(id)}-title">{Escape(title)}</title>""");
        svg.Append(CultureInfo.InvariantCulture, $"""<desc id="{Escape(id)}-desc">{Escape(description)}</desc>""");
        svg.Append(CultureInfo.InvariantCulture, $"""<g font-size="{FontSize}" fill="#1a1a1a">""");
        foreach (var (value, y) in new[] { (top, Top), (top / 2, (Top + Baseline) / 2) })
        {
            svg.Append(CultureInfo.InvariantCulture, $"""<line x1="{Left}" x2="{Right}" y1="{y:0.#}" y2="{y:0.#}" stroke="#b1b4b6" stroke-dasharray="3 3"/>""");
            svg.Append(CultureInfo.InvariantCulture, $"""<text x="{Left - 4}" y="{y + 4:0.#}" text-anchor="end">{Escape(Number(value) + unit)}</text>""");
        }

        svg.Append(CultureInfo.InvariantCulture, $"""<text x="{Left - 4}" y="{Baseline + 4}" text-anchor="end">{Escape("0" + unit)}</text>""");
        if (bars.Count > 0)
        {
            var slot = (Right - Left) / bars.Count;
            svg.Append("""<g fill="#1d4f91">""");
            for (var i = 0; i < bars.Count; i++)
            {
                if (bars[i].Value is not { } value)
                {
                    continue;
                }

                // A zero is a thin bar on the baseline, so that it differs from a period without data (no bar at all).
                var height = Math.Max(Math.Clamp(value / top, 0, 1) * (Baseline - Top), ZeroHeight);
                svg.Append(CultureInfo.InvariantCulture,
                    $"""<rect x="{Left + (i * slot) + (slot * 0.1):0.##}" y="{Baseline - height:0.##}" width="{Math.Max(slot * 0.8, 0.5):0.##}" height="{height:0.##}"/>""");
            }

            svg.Append("</g>");
            svg.Append(CultureInfo.InvariantCulture, $"""<text x="{Left}" y="{Height - 12}">{Escape(bars[0].Label)}</text>""");
            if (bars.Count > 1)
            {
                svg.Append(CultureInfo.InvariantCulture, $"""<text x="{Right}" y="{Height - 12}" text-anchor="end">{Escape(bars[^1].Label)}</text>""");
            }
        }

        svg.Append(CultureInfo.InvariantCulture, $"""<line x1="{Left}" x2="{Right}" y1="{Baseline}" y2="{Baseline}" stroke="#1a1a1a"/>""");
        svg.Append("</g></svg>");
        return new(svg.ToString());
    }

    /// <summary>The top of a scale that holds <paramref name="value"/>: 1, 2 or 5 times a power of ten (at least 1).</summary>
    public static double RoundUp(double value)
    {
        if (value <= 1)
        {
            return 1;
        }

        var power = Math.Pow(10, Math.Floor(Math.Log10(value)));
        return _steps.Select(step => step * power).First(step => step >= value);
    }

    private static string Number(double value) => value.ToString(value % 1 == 0 ? "N0" : "N1", CultureInfo.InvariantCulture);

    private static string Escape(string text) => SecurityElement.Escape(text);
}
