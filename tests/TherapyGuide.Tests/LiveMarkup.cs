using AngleSharp.Html.Parser;

namespace TherapyGuide.Tests;

/// <summary>Finds what in a piece of HTML a browser would run or load: scripts, handlers, unsafe addresses.</summary>
public static class LiveMarkup
{
    private static readonly string[] _dangerousTags = ["script", "iframe", "object", "embed", "svg", "math", "form", "base", "meta", "link", "style"];
    private static readonly string[] _urlAttributes = ["href", "src", "action", "formaction", "xlink:href", "srcset", "data", "poster"];

    /// <summary>Descriptions of every live element or attribute found; empty when the HTML is inert.</summary>
    public static IReadOnlyList<string> Find(string html, params string[] allowedTags)
    {
        var document = new HtmlParser().ParseDocument($"<!DOCTYPE html><html><body>{html}</body></html>");
        var found = new List<string>();
        foreach (var element in document.Body!.QuerySelectorAll("*"))
        {
            var tag = element.LocalName;
            if (_dangerousTags.Contains(tag) && !allowedTags.Contains(tag))
            {
                found.Add($"<{tag}>");
            }

            foreach (var attribute in element.Attributes)
            {
                if (attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                {
                    found.Add($"<{tag} {attribute.Name}>");
                }

                if (attribute.Name == "style" && attribute.Value.Contains("url(", StringComparison.OrdinalIgnoreCase))
                {
                    found.Add($"<{tag} style=url()>");
                }

                if (_urlAttributes.Contains(attribute.Name) && IsScriptUrl(attribute.Value))
                {
                    found.Add($"<{tag} {attribute.Name}={attribute.Value}>");
                }
            }
        }

        return found;
    }

    private static bool IsScriptUrl(string value)
    {
        var compact = new string(value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());
        return compact.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase)
            || compact.StartsWith("vbscript:", StringComparison.OrdinalIgnoreCase)
            || compact.StartsWith("data:", StringComparison.OrdinalIgnoreCase)
            || compact.StartsWith("//", StringComparison.Ordinal);
    }
}
