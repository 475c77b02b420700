using Ganss.Xss;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace TherapyGuide.Web.Content;

/// <summary>
/// The one way Markdown becomes HTML on this site, for stored articles and for editors' previews alike.
/// Registered as a singleton: the pipeline and the sanitizer are built once.
/// </summary>
public sealed class MarkdownRenderer
{
    private static readonly string[] _safeSchemes = ["http", "https", "mailto"];

    // Raw HTML is off: whatever an editor types as HTML is shown as text, never run.
    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .DisableHtml()
        .Build();

    private readonly HtmlSanitizer _sanitizer = CreateSanitizer();

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
            var paragraph = $"<p>{System.Net.WebUtility.HtmlEncode(markdown)}</p>";
            return new RenderedMarkdown(paragraph, [], markdown, ReadingLevel.CountWords(markdown));
        }
    }

    private RenderedMarkdown RenderMarkdown(string markdown)
    {
        var document = Markdown.Parse(markdown, _pipeline);

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
                headings.Add(new TocEntry(heading.Level, id, InlineText(heading.Inline)));
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

        var html = _sanitizer.Sanitize(document.ToHtml(_pipeline));
        var plainText = Markdown.ToPlainText(markdown, _pipeline);
        return new RenderedMarkdown(html, headings, plainText, ReadingLevel.CountWords(plainText));
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

    private static string InlineText(ContainerInline? inline)
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
