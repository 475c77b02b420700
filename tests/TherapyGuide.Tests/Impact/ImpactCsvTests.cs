using TherapyGuide.Web.Impact;

namespace TherapyGuide.Tests.Impact;

/// <summary>The CSV opens safely in a spreadsheet: RFC 4180 quoting, and nothing that a spreadsheet would run as a formula.</summary>
public sealed class ImpactCsvTests
{
    [Theory]
    [InlineData("/compare", "/compare")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("+1", "'+1")]
    [InlineData("-1+2", "'-1+2")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData(" padded ", "\" padded \"")]
    public void Cells_are_quoted_and_formulas_disarmed(string value, string cell) => Assert.Equal(cell, ImpactCsv.Cell(value));
}
