using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace TherapyGuide.Web.Pages.Layout;

/// <summary>Shows editor-written plain text as encoded paragraphs: blank lines separate them, nothing in it is markup.</summary>
public static class PlainText
{
    public static IHtmlContent Paragraphs(this IHtmlHelper html, string? text)
    {
        ArgumentNullException.ThrowIfNull(html);
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
