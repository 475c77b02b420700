using System.Text;

namespace TherapyGuide.Web.Pictures;

/// <summary>The Markdown that shows a picture in an article: <c>![alt text](/media/…)</c>.</summary>
public static class PictureMarkdown
{
    public static string Of(string altText, string address)
    {
        ArgumentNullException.ThrowIfNull(altText);
        // The alt text on one line, with the characters that would end or change the image's brackets escaped.
        var alt = new StringBuilder();
        foreach (var c in altText.ReplaceLineEndings(" "))
        {
            if (c is '\\' or '[' or ']' or '*' or '_' or '`')
            {
                alt.Append('\\');
            }

            alt.Append(c);
        }

        return $"![{alt}]({address})";
    }
}
