using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace TherapyGuide.Web.Pictures;

/// <summary>
/// Makes an uploaded SVG into one the site can serve: parsed as XML with no DOCTYPE (so no entities, no entity bomb
/// and no external file), refused outright when it carries anything that could run or fetch (script, event handlers,
/// foreignObject, animation, links and styles that load from elsewhere), then written again with only the elements and
/// attributes of a drawing. Anything else an editor's drawing program adds (metadata, its own namespaces) is left out.
/// </summary>
public static class SvgCleaner
{
    private static readonly XNamespace _svg = "http://www.w3.org/2000/svg";
    private static readonly XNamespace _xlink = "http://www.w3.org/1999/xlink";

    /// <summary>Elements whose presence means the file is refused, not cleaned: they run script, fetch or change other attributes.</summary>
    private static readonly HashSet<string> _refusedElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "foreignObject", "iframe", "embed", "object", "handler", "listener", "set", "animate", "animateTransform",
        "animateMotion", "animateColor", "discard", "audio", "video", "image", "feImage", "a",
    };

    private static readonly HashSet<string> _elements = new(StringComparer.Ordinal)
    {
        "svg", "g", "defs", "symbol", "use", "title", "desc", "path", "rect", "circle", "ellipse", "line", "polyline",
        "polygon", "text", "tspan", "textPath", "linearGradient", "radialGradient", "stop", "clipPath", "mask", "pattern",
        "marker", "style", "filter", "feGaussianBlur", "feOffset", "feBlend", "feColorMatrix", "feComposite", "feFlood",
        "feMerge", "feMergeNode", "feDropShadow", "feMorphology",
    };

    private static readonly HashSet<string> _attributes = new(StringComparer.Ordinal)
    {
        "id", "class", "style", "d", "x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "rx", "ry", "fx", "fy", "width",
        "height", "viewBox", "preserveAspectRatio", "points", "pathLength", "transform", "fill", "fill-opacity", "fill-rule",
        "stroke", "stroke-width", "stroke-linecap", "stroke-linejoin", "stroke-dasharray", "stroke-dashoffset",
        "stroke-opacity", "stroke-miterlimit", "opacity", "color", "display", "visibility", "font-family", "font-size",
        "font-weight", "font-style", "font-variant", "text-anchor", "dominant-baseline", "alignment-baseline",
        "baseline-shift", "letter-spacing", "word-spacing", "text-decoration", "dx", "dy", "rotate", "textLength",
        "lengthAdjust", "startOffset", "offset", "stop-color", "stop-opacity", "gradientUnits", "gradientTransform",
        "spreadMethod", "clip-path", "clip-rule", "clipPathUnits", "mask", "maskUnits", "maskContentUnits", "marker-start",
        "marker-mid", "marker-end", "markerWidth", "markerHeight", "markerUnits", "refX", "refY", "orient",
        "patternUnits", "patternContentUnits", "patternTransform", "filter", "filterUnits", "primitiveUnits", "in", "in2",
        "result", "stdDeviation", "mode", "type", "values", "operator", "k1", "k2", "k3", "k4", "radius", "flood-color",
        "flood-opacity", "vector-effect", "shape-rendering", "paint-order", "role", "aria-label", "aria-labelledby",
        "aria-describedby", "aria-hidden", "focusable", "lang", "version", "href",
    };

    public static PictureCheckResult Clean(byte[] bytes, PictureOptions limits)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(limits);
        XDocument document;
        try
        {
            var settings = new XmlReaderSettings
            {
                // A DOCTYPE is refused, so no entity (internal, external or a "billion laughs") is ever expanded.
                DtdProcessing = DtdProcessing.Prohibit,
                XmlResolver = null,
                MaxCharactersFromEntities = 0,
                MaxCharactersInDocument = limits.MaxBytes,
                IgnoreComments = true,
            };
            using var reader = XmlReader.Create(new MemoryStream(bytes, writable: false), settings);
            document = XDocument.Load(reader, LoadOptions.None);
        }
        catch (XmlException problem) when (problem.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase))
        {
            return PictureCheckResult.Refused("The SVG has a DOCTYPE (a DTD, which can define entities). Save it again without one (most drawing programs call this “plain SVG”) and upload that.");
        }
        catch (XmlException)
        {
            return PictureCheckResult.Refused("The file’s name ends in .svg but it is not a well-formed SVG drawing. Save it again as plain SVG and upload that.");
        }

        var root = document.Root;
        if (root is null || root.Name != _svg + "svg")
        {
            return PictureCheckResult.Refused("The file’s name ends in .svg but it is not an SVG drawing (its first element must be <svg> in the SVG namespace).");
        }

        if (document.Nodes().OfType<XProcessingInstruction>().Any() || root.DescendantNodes().OfType<XProcessingInstruction>().Any())
        {
            return PictureCheckResult.Refused("The SVG has a processing instruction (such as a linked style sheet), which could load something from elsewhere. Save it again as plain SVG.");
        }

        if (Hostile(root) is { } hostile)
        {
            return PictureCheckResult.Refused($"The SVG was refused: {hostile}. A picture may hold only a drawing: no script, event handlers, embedded pages, animation or links to other files.");
        }

        if (SizeOf(root) is not var (width, height))
        {
            return PictureCheckResult.Refused("The SVG has no size: give its <svg> element a viewBox (or a width and height in pixels).");
        }

        if (PictureCheck.SizeProblem(width, height, limits) is { } tooLarge)
        {
            return PictureCheckResult.Refused(tooLarge);
        }

        var drawing = Copy(root);
        // Declared on the root, as a browser needs to read the file as SVG at all.
        drawing.ReplaceAttributes(new XAttribute("xmlns", _svg.NamespaceName), drawing.Attributes());
        var clean = new XDocument(drawing);
        var text = new StringBuilder();
        using (var writer = XmlWriter.Create(text, new XmlWriterSettings { OmitXmlDeclaration = true, Indent = false }))
        {
            clean.Save(writer);
        }

        return PictureCheckResult.Accepted(new CheckedPicture(PictureFormat.Svg, Encoding.UTF8.GetBytes(text.ToString()), width, height));
    }

    /// <summary>What makes the drawing unsafe to serve, in words, or null.</summary>
    private static string? Hostile(XElement root)
    {
        foreach (var element in root.DescendantsAndSelf())
        {
            if (_refusedElements.Contains(element.Name.LocalName))
            {
                return $"it has a <{element.Name.LocalName}> element";
            }

            foreach (var attribute in element.Attributes())
            {
                var name = attribute.Name.LocalName;
                if (name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                {
                    return $"it has an event handler ({name})";
                }

                if (name.Equals("href", StringComparison.OrdinalIgnoreCase) && !attribute.Value.Trim().StartsWith('#'))
                {
                    return "it links to another file or address (an href that is not a #name inside the drawing)";
                }

                if (LoadsFromElsewhere(attribute.Value))
                {
                    return $"its {name} attribute loads something from elsewhere (url(…), @import or javascript:)";
                }
            }

            if (element.Name.LocalName.Equals("style", StringComparison.OrdinalIgnoreCase) && LoadsFromElsewhere(element.Value))
            {
                return "its <style> loads something from elsewhere (url(…) to another file, @import or javascript:)";
            }
        }

        return null;
    }

    /// <summary>CSS or a value that fetches or runs: @import, url() to anything but a #name in the drawing, script addresses.</summary>
    private static bool LoadsFromElsewhere(string value)
    {
        var text = string.Concat(value.Where(c => !char.IsWhiteSpace(c) && c != '\\' && c != '"' && c != '\'')).ToUpperInvariant();
        if (text.Contains("@IMPORT", StringComparison.Ordinal) || text.Contains("JAVASCRIPT:", StringComparison.Ordinal)
            || text.Contains("EXPRESSION(", StringComparison.Ordinal))
        {
            return true;
        }

        for (var at = text.IndexOf("URL(", StringComparison.Ordinal); at >= 0; at = text.IndexOf("URL(", at + 4, StringComparison.Ordinal))
        {
            if (at + 4 >= text.Length || text[at + 4] != '#')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The drawing's size in pixels: its width and height when both are plain numbers (or px), else its viewBox's.</summary>
    private static (int Width, int Height)? SizeOf(XElement root)
    {
        if (Pixels((string?)root.Attribute("width")) is { } width && Pixels((string?)root.Attribute("height")) is { } height)
        {
            return (width, height);
        }

        var box = ((string?)root.Attribute("viewBox"))?.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        if (box is { Length: 4 }
            && double.TryParse(box[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var boxWidth)
            && double.TryParse(box[3], NumberStyles.Float, CultureInfo.InvariantCulture, out var boxHeight)
            && boxWidth is >= 1 and < int.MaxValue && boxHeight is >= 1 and < int.MaxValue)
        {
            return ((int)Math.Round(boxWidth), (int)Math.Round(boxHeight));
        }

        return null;
    }

    private static int? Pixels(string? length)
    {
        var number = length?.Trim();
        if (number is not null && number.EndsWith("px", StringComparison.OrdinalIgnoreCase))
        {
            number = number[..^2];
        }

        return double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value is >= 1 and < int.MaxValue
            ? (int)Math.Round(value)
            : null;
    }

    /// <summary>The element again, in the SVG namespace, with only the allowed attributes and children.</summary>
    private static XElement Copy(XElement element)
    {
        var copy = new XElement(_svg + element.Name.LocalName);
        foreach (var attribute in element.Attributes())
        {
            if (attribute.IsNamespaceDeclaration)
            {
                continue;
            }

            var name = attribute.Name;
            if (name.Namespace == XNamespace.None && _attributes.Contains(name.LocalName))
            {
                copy.SetAttributeValue(name.LocalName, attribute.Value);
            }
            else if (name == _xlink + "href")
            {
                // Only a #name can be here (Hostile refused any other); written as SVG 2's plain href.
                copy.SetAttributeValue("href", attribute.Value);
            }
            else if (name == XNamespace.Xml + "lang" || name == XNamespace.Xml + "space")
            {
                copy.SetAttributeValue(name, attribute.Value);
            }
        }

        foreach (var node in element.Nodes())
        {
            switch (node)
            {
                case XElement child when child.Name.Namespace == _svg && _elements.Contains(child.Name.LocalName):
                    copy.Add(Copy(child));
                    break;
                case XText text:
                    copy.Add(new XText(text.Value));
                    break;
                default:
                    break; // comments, other namespaces' elements (a drawing program's metadata)
            }
        }

        return copy;
    }
}
