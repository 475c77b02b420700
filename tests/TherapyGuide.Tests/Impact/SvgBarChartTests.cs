using System.Xml.Linq;
using TherapyGuide.Web.Impact;

namespace TherapyGuide.Tests.Impact;

/// <summary>The server-drawn charts: well-formed SVG, named and described for assistive technology, every text escaped.</summary>
public sealed class SvgBarChartTests
{
    private static readonly XNamespace _svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void A_chart_is_valid_svg_sized_by_its_viewbox_named_by_its_title_and_described()
    {
        var chart = XDocument.Parse(SvgBarChart.Render("views", "Views per day", "120 views in all.",
            [new("1 Dec 2026", 20), new("2 Dec 2026", null), new("3 Dec 2026", 100)]).ToString()).Root!;

        Assert.Equal(_svg + "svg", chart.Name);
        Assert.Equal($"0 0 {SvgBarChart.Width} {SvgBarChart.Height}", chart.Attribute("viewBox")!.Value);
        Assert.Null(chart.Attribute("width")); // the page's width decides, down to a phone's 320 px
        Assert.Equal("img", chart.Attribute("role")!.Value);
        Assert.Equal("views-title views-desc", chart.Attribute("aria-labelledby")!.Value);
        Assert.Equal("Views per day", chart.Element(_svg + "title")!.Value);
        Assert.Equal("views-title", chart.Element(_svg + "title")!.Attribute("id")!.Value);
        Assert.Equal("120 views in all.", chart.Element(_svg + "desc")!.Value);
        var bars = chart.Descendants(_svg + "rect").ToList();
        Assert.Equal(2, bars.Count); // no bar for the day without data
        Assert.True(Height(bars[1]) > Height(bars[0]));
        Assert.Contains(chart.Descendants(_svg + "text"), text => text.Value == "100"); // the scale's top
        Assert.Contains(chart.Descendants(_svg + "text"), text => text.Value == "3 Dec 2026");
    }

    [Fact]
    public void Labels_titles_and_descriptions_are_escaped()
    {
        const string Hostile = "<script>alert(\"x\")</script> & 'more'";
        var markup = SvgBarChart.Render("id\"><script>", Hostile, Hostile, [new(Hostile, 1), new(Hostile, 2)], unit: "<b>").ToString();

        Assert.DoesNotContain("<script>", markup, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", markup, StringComparison.Ordinal);
        var chart = XDocument.Parse(markup).Root!;
        Assert.Equal(Hostile, chart.Element(_svg + "title")!.Value);
        Assert.Equal(Hostile, chart.Element(_svg + "desc")!.Value);
        Assert.Contains(chart.Descendants(_svg + "text"), text => text.Value == Hostile);
        Assert.Equal(["title", "desc", "g"], chart.Elements().Select(e => e.Name.LocalName)); // nothing broke out
    }

    [Fact]
    public void An_empty_chart_draws_its_scale_and_a_zero_is_a_thin_bar_where_no_data_is_none()
    {
        var empty = XDocument.Parse(SvgBarChart.Render("empty", "Views", "None.", []).ToString()).Root!;
        Assert.Empty(empty.Descendants(_svg + "rect"));
        Assert.Contains(empty.Descendants(_svg + "text"), text => text.Value == "0");

        var zeros = XDocument.Parse(SvgBarChart.Render("zeros", "Helpful", "0% on 1 Dec.", [new("1 Dec", 0), new("2 Dec", null)], maximum: 100, unit: "%").ToString()).Root!;
        var bar = Assert.Single(zeros.Descendants(_svg + "rect"));
        Assert.InRange(Height(bar), 1, 3);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(7, 10)]
    [InlineData(10, 10)]
    [InlineData(11, 20)]
    [InlineData(333, 500)]
    [InlineData(1200, 2000)]
    public void The_scale_ends_at_a_round_number(double highest, double top) => Assert.Equal(top, SvgBarChart.RoundUp(highest));

    private static double Height(XElement bar) => double.Parse(bar.Attribute("height")!.Value, System.Globalization.CultureInfo.InvariantCulture);
}
