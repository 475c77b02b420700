using System.Text.RegularExpressions;

namespace TherapyGuide.Web.Content.Reading;

/// <summary>Moves an article body's headings down a level or more, for when the article sits inside a larger document.</summary>
public static partial class HeadingShift
{
    /// <summary>Works on the sanitizer's output, whose heading tags are always plain <c>&lt;hN</c> and <c>&lt;/hN&gt;</c>.</summary>
    public static string Shift(string html, int levels) =>
        levels <= 0
            ? html
            : HeadingTag().Replace(html, m => $"<{m.Groups[1].Value}h{Math.Min(6, int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) + levels)}");

    [GeneratedRegex("<(/?)h([1-6])(?=[\\s>])", RegexOptions.IgnoreCase)]
    private static partial Regex HeadingTag();
}
