using System.Globalization;
using System.Text;

namespace TherapyGuide.Web.Impact;

/// <summary>
/// The impact figures as CSV (RFC 4180): one row per page per day. Cells are quoted where they must be, and a cell that
/// a spreadsheet would read as a formula (starting with =, +, -, @, a tab or a carriage return) starts with an apostrophe.
/// </summary>
public static class ImpactCsv
{
    public static readonly string[] Header = ["Day", "Page", "Views", "Helpful yes", "Helpful no", "Comments"];

    public static string Write(ImpactDays figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var csv = new StringBuilder();
        Line(csv, Header);
        foreach (var (day, path, f) in figures.PageDays())
        {
            Line(csv, [day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), path, Number(f.Views), Number(f.Yes), Number(f.No), Number(f.Comments)]);
        }

        return csv.ToString();
    }

    /// <summary>One cell, safe to open in a spreadsheet.</summary>
    public static string Cell(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 || value != value.Trim()
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;
    }

    private static void Line(StringBuilder csv, IEnumerable<string> cells) =>
        csv.Append(string.Join(',', cells.Select(Cell))).Append("\r\n");

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
