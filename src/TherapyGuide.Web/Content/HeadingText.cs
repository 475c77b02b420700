using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace TherapyGuide.Web.Content;

/// <summary>A heading's words as the table of contents shows them: its text and code, without emphasis or links.</summary>
internal static class HeadingText
{
    public static string Of(ContainerInline? inline)
    {
        if (inline is null)
        {
            return "";
        }

        var text = new System.Text.StringBuilder();
        foreach (var child in inline.Descendants())
        {
            switch (child)
            {
                case LiteralInline literal:
                    text.Append(literal.Content);
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                default:
                    break;
            }
        }

        return text.ToString().Trim();
    }
}
