using AngleSharp.Dom;

namespace TherapyGuide.Web.Content.Reading;

/// <summary>Moves an article body's headings down a level or more, for when the article sits inside a larger document.</summary>
public static class HeadingShift
{
    private static readonly string[] _headings = ["h1", "h2", "h3", "h4", "h5", "h6"];

    /// <summary>
    /// Changes the parsed document, so a heading shown as text in a code sample (&lt;h2&gt; there is "&amp;lt;h2&amp;gt;")
    /// stays as written and every heading keeps its id and contents.
    /// </summary>
    public static string Shift(string html, int levels)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (levels <= 0)
        {
            return html;
        }

        var body = HtmlFragment.Parse(html);
        // Deepest first, so a heading (oddly) inside another is replaced before the one that holds it.
        foreach (var heading in body.Descendants<IElement>().Where(e => _headings.Contains(e.LocalName)).Reverse().ToList())
        {
            var level = Math.Min(6, heading.LocalName[1] - '0' + levels);
            var shifted = heading.Owner!.CreateElement($"h{level}");
            foreach (var attribute in heading.Attributes)
            {
                shifted.SetAttribute(attribute.Name, attribute.Value);
            }

            shifted.Append([.. heading.ChildNodes]);
            heading.Replace(shifted);
        }

        return body.InnerHtml;
    }
}
