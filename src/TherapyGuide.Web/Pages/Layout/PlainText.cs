using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using TherapyGuide.Web.Content.Reading;

namespace TherapyGuide.Web.Pages.Layout;

/// <summary>Shows editor-written plain text as encoded paragraphs: blank lines separate them, nothing in it is markup.</summary>
public static class PlainText
{
    public static IHtmlContent Paragraphs(this IHtmlHelper html, string? text)
    {
        ArgumentNullException.ThrowIfNull(html);
        return Build(text);
    }

    /// <summary>The field from <paramref name="marked"/> (glossary words marked, encoded on the way in), else as plain paragraphs.</summary>
    public static IHtmlContent Paragraphs(this IHtmlHelper html, MarkedText marked, string slug, string field, string? text)
    {
        ArgumentNullException.ThrowIfNull(marked);
        return marked[slug, field] is { } withWords ? new HtmlString(withWords) : html.Paragraphs(text);
    }

    /// <summary>A one-line field (no paragraphs) from <paramref name="marked"/>, else as plain encoded text.</summary>
    public static IHtmlContent Inline(this IHtmlHelper html, MarkedText marked, string slug, string field, string? text)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(marked);
        return marked[slug, field] is { } withWords ? new HtmlString(withWords) : new HtmlContentBuilder().Append(text ?? "");
    }

    /// <summary>The same encoded paragraphs as a string, for <see cref="GlossaryLinker"/> to mark before the page is kept.</summary>
    public static string Html(string? text)
    {
        using var writer = new StringWriter();
        Build(text).WriteTo(writer, HtmlEncoder.Default);
        return writer.ToString();
    }

    private static HtmlContentBuilder Build(string? text)
    {
        var content = new HtmlContentBuilder();
        if (string.IsNullOrWhiteSpace(text))
        {
            return content;
        }

        var paragraphs = text.Replace("\r\n", "\n", StringComparison.Ordinal)
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var paragraph in paragraphs)
        {
            content.AppendHtml("<p>");
            var lines = paragraph.Split('\n', StringSplitOptions.TrimEntries);
            for (var i = 0; i < lines.Length; i++)
            {
                if (i > 0)
                {
                    content.AppendHtml("<br>");
                }

                content.Append(lines[i]);
            }

            content.AppendHtml("</p>");
        }

        return content;
    }
}
