using AngleSharp.Html.Parser;

namespace TherapyGuide.Testing;

/// <summary>Finds what in a piece of HTML a browser would run or load: scripts, handlers, unsafe addresses.</summary>
public static class LiveMarkup
{
    private static readonly string[] _dangerousTags = ["script", "iframe", "object", "embed", "svg", "math", "form", "base", "meta", "link", "style"];
    private static readonly HashSet<string> _ownShapes = TherapyGuide.Web.Pages.Layout.UrgencyIcon.Markup
        .Select(markup => new HtmlParser().ParseDocument($"<!DOCTYPE html><html><body>{markup}</body></html>").Body!.FirstElementChild!.OuterHtml)
        .ToHashSet(StringComparer.Ordinal);

    private static readonly string[] _urlAttributes = ["href", "src", "action", "formaction", "xlink:href", "srcset", "data", "poster"];

    /// <summary>Descriptions of every live element or attribute found; empty when the HTML is inert.</summary>
    public static IReadOnlyList<string> Find(string html, params string[] allowedTags)
    {
        var document = new HtmlParser().ParseDocument($"<!DOCTYPE html><html><body>{html}</body></html>");
        var found = new List<string>();
        // The site's own urgency shapes (fixed SVG, the same on every page) are not input; anything else in an svg is.
        foreach (var shape in document.Body!.QuerySelectorAll("svg.urgency-icon").Where(s => _ownShapes.Contains(s.OuterHtml)))
        {
            shape.Remove();
        }

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

    /// <summary>
    /// What on a whole page a browser would run that the site never puts there itself: inline scripts (the JSON-LD
    /// data block excepted, which must stay valid JSON), event handlers, script addresses, frames, plug-ins, a base
    /// address, a refresh, or a style element. A preview frame's page (srcdoc) is read the same way.
    /// </summary>
    public static IReadOnlyList<string> FindInPage(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var found = new List<string>();
        foreach (var element in document.QuerySelectorAll("*"))
        {
            var tag = element.LocalName;
            switch (tag)
            {
                case "script" when element.GetAttribute("type") == "application/ld+json":
                    try
                    {
                        using var json = System.Text.Json.JsonDocument.Parse(element.TextContent);
                    }
                    catch (System.Text.Json.JsonException)
                    {
                        found.Add("<script type=application/ld+json> that is not valid JSON");
                    }

                    break;
                case "script" when element.GetAttribute("src") is { } src && src.StartsWith("/js/", StringComparison.Ordinal) && element.TextContent.Length == 0:
                    break;
                // The editors' previews: a page of the site's own markup in a frame that loads nothing, checked the same way.
                case "iframe" when !element.HasAttribute("src") && element.GetAttribute("srcdoc") is { } page:
                    found.AddRange(FindInPage(page).Select(inside => $"in a preview frame: {inside}"));
                    break;
                case "base" when !element.HasAttribute("href"):
                    break;
                case "script" or "iframe" or "frame" or "object" or "embed" or "base" or "style" or "applet":
                    found.Add($"<{tag}>");
                    break;
                case "meta" when element.HasAttribute("http-equiv"):
                    found.Add("<meta http-equiv>");
                    break;
                default:
                    break;
            }

            foreach (var attribute in element.Attributes)
            {
                if (attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                {
                    found.Add($"<{tag} {attribute.Name}>");
                }

                if ((_urlAttributes.Contains(attribute.Name) || attribute.Name == "xlink:href") && IsScriptUrl(attribute.Value) && !attribute.Value.StartsWith("//", StringComparison.Ordinal))
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
