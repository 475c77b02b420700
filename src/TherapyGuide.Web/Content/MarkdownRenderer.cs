using Ganss.Xss;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using TherapyGuide.Web.Content.Reading;
using TherapyGuide.Web.Pictures;

namespace TherapyGuide.Web.Content;

/// <summary>
/// The one way Markdown becomes HTML on this site, for stored articles and for editors' previews alike.
/// Registered as a singleton: the pipeline and the sanitizer are built once.
/// </summary>
/// <param name="pictures">The uploaded pictures, whose size and long description a /media image is shown with; none when null.</param>
public sealed class MarkdownRenderer(PictureCatalog? pictures = null)
{
    /// <summary>
    /// Widest table an article may hold. Rendering grows with the cells (the sanitizer's DOM above all): a 5,000-column
    /// table took seconds in the live preview. Twenty is more than a page a reader can follow on a phone.
    /// </summary>
    public const int MaxTableColumns = 20;

    /// <summary>
    /// The version of the HTML this renderer writes, stored beside it. Raise it whenever the pipeline, the sanitizer or
    /// anything else here changes what a body renders to: at start, every body rendered by an older version is rendered
    /// again (see <see cref="Editing.StoredHtmlRefresh"/>), so no page keeps HTML the site would no longer write.
    /// </summary>
    public const int Version = 2;

    private static readonly string[] _safeSchemes = ["http", "https", "mailto"];

    // Raw HTML is off: whatever an editor types as HTML is shown as text, never run. Static so that the form's rule
    // (TableProblem) reads the text exactly as rendering will. Built when first used, as the sanitizer is: most starts
    // render nothing, and readers' pages show stored HTML.
    private static readonly Lazy<MarkdownPipeline> _pipeline = new(() => new MarkdownPipelineBuilder()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .DisableHtml()
        .Build());

    private readonly Lazy<HtmlSanitizer> _sanitizer = new(CreateSanitizer);

    public RenderedMarkdown Render(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        try
        {
            return RenderMarkdown(markdown);
        }
        catch (ArgumentException)
        {
            // Markdig refuses pathologically nested input (thousands of "[" or ">"). The text is kept and shown as
            // the plain text it is, so an editor's save is never lost and a reader never sees an error.
            return AsPlainText(markdown, null);
        }
    }

    /// <summary>Why the body cannot be rendered as written (a table wider than <see cref="MaxTableColumns"/>), or null.
    /// Reads the Markdown only, before any of the costly rendering.</summary>
    public static string? TableProblem(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        try
        {
            return TableProblem(Markdown.Parse(markdown, _pipeline.Value));
        }
        catch (ArgumentException)
        {
            return null; // too deeply nested for Markdig: rendered as plain text, which is quick
        }
    }

    private static string? TableProblem(MarkdownDocument document)
    {
        var widest = 0;
        foreach (var table in document.Descendants<Table>())
        {
            // A row with more cells than the header widens the table, so every row counts.
            widest = Math.Max(widest, Math.Max(table.ColumnDefinitions.Count, table.OfType<TableRow>().Select(row => row.Count).DefaultIfEmpty(0).Max()));
        }

        return widest > MaxTableColumns
            ? $"A table can have at most {MaxTableColumns} columns; this one has {widest:N0}. Split it into smaller tables, or use a list."
            : null;
    }

    private static RenderedMarkdown AsPlainText(string markdown, string? refusal)
    {
        var paragraph = $"<p>{System.Net.WebUtility.HtmlEncode(markdown)}</p>";
        return new RenderedMarkdown(paragraph, [], markdown, ReadingLevel.CountWords(markdown), refusal);
    }

    private RenderedMarkdown RenderMarkdown(string markdown)
    {
        var document = Markdown.Parse(markdown, _pipeline.Value);
        if (TableProblem(document) is { } refusal)
        {
            // Refused before the costly part; the form refuses to save such a body, so this is only ever a preview, an
            // import or a restored old revision, shown as its plain text.
            return AsPlainText(markdown, refusal);
        }

        var headings = new List<TocEntry>();
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            // The page title is the only h1; a "#" heading in the body becomes a section heading.
            if (heading.Level == 1)
            {
                heading.Level = 2;
            }

            var id = heading.GetAttributes().Id;
            if (heading.Level <= 3 && !string.IsNullOrEmpty(id))
            {
                headings.Add(new TocEntry(heading.Level, id, HeadingText.Of(heading.Inline)));
            }
        }

        foreach (var link in document.Descendants<LinkInline>())
        {
            if (!IsSafeUrl(link.Url))
            {
                // Keep the words, drop the address: "javascript:" and "data:" links never reach a page.
                link.Url = null;
            }
        }

        var html = ShowPictures(_sanitizer.Value.Sanitize(document.ToHtml(_pipeline.Value)));
        var plainText = Markdown.ToPlainText(markdown, _pipeline.Value);
        return new RenderedMarkdown(html, headings, plainText, ReadingLevel.CountWords(plainText));
    }

    /// <summary>
    /// Images, on the sanitized HTML: an uploaded picture (/media/…) alone in its paragraph becomes a figure with its size,
    /// lazy loading and its long description under "Describe this picture"; a picture from another site (any address
    /// not starting with "/") becomes a link to it, so a reader's page never loads anything from elsewhere (and the
    /// site's policy would block it anyway).
    /// Other pictures of the site's own (/img/…) are left as they are.
    /// </summary>
    private string ShowPictures(string html)
    {
        if (!html.Contains("<img", StringComparison.Ordinal))
        {
            return html;
        }

        var body = HtmlFragment.Parse(html);
        var page = body.Owner!;
        foreach (var image in body.QuerySelectorAll("img").ToList())
        {
            var source = image.GetAttribute("src") ?? "";
            if (MediaAddress.Parse(source) is not null)
            {
                ShowUploadedPicture(image, pictures?.Find(source));
            }
            else if (!source.StartsWith('/') || source.StartsWith("//", StringComparison.Ordinal))
            {
                var words = image.GetAttribute("alt") is { Length: > 0 } alt ? alt : source;
                if (source.Length == 0 || image.Closest("a") is not null)
                {
                    image.Replace(page.CreateTextNode(words));
                }
                else
                {
                    var link = page.CreateElement("a");
                    link.SetAttribute("href", source);
                    link.TextContent = $"Picture: {words}";
                    image.Replace(link);
                }
            }
        }

        return body.InnerHtml;
    }

    private static void ShowUploadedPicture(AngleSharp.Dom.IElement image, PictureFacts? facts)
    {
        if (facts is not null)
        {
            // "![](/media/…)" says nothing to a screen reader: the words the editor gave at upload stand in.
            if (string.IsNullOrWhiteSpace(image.GetAttribute("alt")))
            {
                image.SetAttribute("alt", facts.AltText);
            }

            image.SetAttribute("width", facts.Width.ToString(System.Globalization.CultureInfo.InvariantCulture));
            image.SetAttribute("height", facts.Height.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        image.SetAttribute("loading", "lazy");
        image.SetAttribute("decoding", "async");
        var paragraph = image.ParentElement;
        if (paragraph is not { LocalName: "p" } || !paragraph.ChildNodes.All(node => node == image || node is AngleSharp.Dom.IText text && string.IsNullOrWhiteSpace(text.Data)))
        {
            return; // a picture within a sentence stays where it is
        }

        var page = image.Owner!;
        var figure = page.CreateElement("figure");
        figure.ClassName = "media-picture";
        paragraph.Replace(figure);
        figure.AppendChild(image);
        if (facts?.LongDescription is { } description)
        {
            var details = page.CreateElement("details");
            details.ClassName = "media-picture__description";
            var summary = page.CreateElement("summary");
            summary.TextContent = "Describe this picture";
            details.AppendChild(summary);
            foreach (var part in description.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var words = page.CreateElement("p");
                words.TextContent = part;
                details.AppendChild(words);
            }

            figure.AppendChild(details);
        }
    }

    /// <summary>Relative addresses and the http, https and mailto schemes only.</summary>
    public static bool IsSafeUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return false;
        }

        var trimmed = url.Trim();
        if (trimmed.StartsWith('/') || trimmed.StartsWith('#'))
        {
            return !trimmed.StartsWith("//", StringComparison.Ordinal);
        }

        var colon = trimmed.IndexOf(':', StringComparison.Ordinal);
        var slash = trimmed.IndexOfAny(['/', '?', '#']);
        if (colon < 0 || (slash >= 0 && slash < colon))
        {
            return true; // a relative path such as "compare" or "glossary/t-cell"
        }

        var scheme = trimmed[..colon];
        return _safeSchemes.Contains(scheme, StringComparer.OrdinalIgnoreCase);
    }

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Clear();
        foreach (var scheme in _safeSchemes)
        {
            sanitizer.AllowedSchemes.Add(scheme);
        }

        // Headings keep their anchors for the table of contents; inline styles are never needed.
        sanitizer.AllowedAttributes.Add("id");
        sanitizer.AllowedAttributes.Remove("style");
        sanitizer.AllowedTags.Remove("form");
        sanitizer.AllowedTags.Remove("input");
        sanitizer.AllowedTags.Remove("button");
        sanitizer.AllowedTags.Remove("select");
        sanitizer.AllowedTags.Remove("textarea");
        return sanitizer;
    }
}
