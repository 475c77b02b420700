using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace TherapyGuide.Web.Content.Reading;

/// <summary>
/// Stored HTML as a parsed document, the one way this site reads or changes it: a regular expression over HTML
/// misreads an attribute holding "&gt;", an entity or a tag name inside a code sample, where the parser cannot.
/// </summary>
public static class HtmlFragment
{
    /// <summary>The fragment parsed as the body of an otherwise empty page; its <c>InnerHtml</c> is the fragment again.</summary>
    public static IElement Parse(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        // A parser per call: they are cheap next to the parse itself and nothing is shared between requests.
        var document = new HtmlParser().ParseDocument($"<!DOCTYPE html><html><body>{html}</body></html>");
        return document.Body!;
    }

    /// <summary>The readable text, one space between the parts of different elements so that words never run together.</summary>
    public static string TextOf(string html) =>
        string.Join(' ', Parse(html).Descendants().OfType<IText>().Select(text => text.Data));
}
