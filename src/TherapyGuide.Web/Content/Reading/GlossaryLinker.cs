using AngleSharp.Dom;

namespace TherapyGuide.Web.Content.Reading;

/// <summary>
/// Marks the first use of each glossary word in an article's HTML: a button that opens the definition in a
/// popover (keyboard, touch and screen readers work without any script), with a link to the word's own page.
/// Before the button sits the same word as a plain link to that page, which the stylesheet shows instead of the
/// button and definition where the browser has no popovers (older iOS Safari), so no definition spills inline there.
/// Never inside headings, links, code or an earlier definition, and the HTML stays well-formed because it is
/// changed as a DOM, not as text.
/// </summary>
public static class GlossaryLinker
{
    private static readonly string[] _skipInside = ["h1", "h2", "h3", "h4", "h5", "h6", "a", "code", "pre", "button", "mark", "kbd"];

    public static string Link(string html, IReadOnlyList<GlossaryEntry> glossary, GlossaryLinks? links = null) => Link([html], glossary, links)[0];

    /// <summary>
    /// Marks the parts of one page in order (the cells of a table, say): each word only at its first use on the
    /// whole page, so that every definition's id stays unique.
    /// </summary>
    public static string[] Link(IReadOnlyList<string> fragments, IReadOnlyList<GlossaryEntry> glossary, GlossaryLinks? links = null)
    {
        links ??= GlossaryLinks.English;
        ArgumentNullException.ThrowIfNull(fragments);
        ArgumentNullException.ThrowIfNull(glossary);
        var linked = fragments.ToArray();
        if (glossary.Count == 0)
        {
            return linked;
        }

        // Longest spellings first, so "CAR-T cell therapy" is found before "T cell" inside it.
        var spellings = glossary
            .SelectMany(entry => GlossaryMatcher.Spellings(entry).Select(s => (Entry: entry, Spelling: s)))
            .OrderByDescending(x => x.Spelling.Length)
            .ToList();
        var done = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < linked.Length && done.Count < glossary.Count; i++)
        {
            if (!string.IsNullOrEmpty(linked[i]))
            {
                linked[i] = LinkFragment(linked[i], spellings, done, glossary.Count, links);
            }
        }

        return linked;
    }

    private static string LinkFragment(string html, List<(GlossaryEntry Entry, string Spelling)> spellings, HashSet<string> done, int words, GlossaryLinks links)
    {
        var body = HtmlFragment.Parse(html);
        var document = body.Owner!;
        var textNodes = body.Descendants().OfType<IText>().Where(t => !t.Ancestors<IElement>().Any(e => _skipInside.Contains(e.LocalName))).ToList();
        foreach (var node in textNodes)
        {
            var current = node;
            while (current is not null && done.Count < words)
            {
                var best = FirstMatch(current.Data, spellings, done);
                if (best is null)
                {
                    break;
                }

                var (entry, index, length) = best.Value;
                done.Add(entry.Slug);
                var rest = current.Split(index + length);
                var word = current.Split(index);
                word.Replace(Definition(document, entry, word.Data, links));
                current = rest;
            }
        }

        return body.InnerHtml;
    }

    private static (GlossaryEntry Entry, int Index, int Length)? FirstMatch(string text, List<(GlossaryEntry Entry, string Spelling)> spellings, HashSet<string> done)
    {
        (GlossaryEntry, int, int)? best = null;
        foreach (var (entry, spelling) in spellings)
        {
            if (done.Contains(entry.Slug))
            {
                continue;
            }

            if (GlossaryMatcher.Find(text, spelling) is { } match && (best is null || match.Index < best.Value.Item2))
            {
                best = (entry, match.Index, match.Length);
            }
        }

        return best;
    }

    private static INode[] Definition(IDocument document, GlossaryEntry entry, string word, GlossaryLinks links)
    {
        var id = $"term-{entry.Slug}";
        // The word again, as a plain link, for browsers without popovers; wrapped so that it sits beside the
        // definition as another extra, leaving the sentence itself as it was written (its text and the button).
        var plain = document.CreateElement("span");
        plain.SetAttribute("class", "term-link");
        var plainLink = document.CreateElement("a");
        plainLink.SetAttribute("href", links.Language.PathFor($"/glossary/{entry.Slug}"));
        plainLink.TextContent = word;
        plain.AppendChild(plainLink);

        var button = document.CreateElement("button");
        button.SetAttribute("type", "button");
        button.SetAttribute("class", "term");
        button.SetAttribute("popovertarget", id);
        button.TextContent = word;

        var popover = document.CreateElement("span");
        popover.SetAttribute("class", "term-def");
        popover.SetAttribute("id", id);
        popover.SetAttribute("popover", "");
        var name = document.CreateElement("strong");
        name.TextContent = entry.Term + ": ";
        popover.AppendChild(name);
        popover.AppendChild(document.CreateTextNode(entry.Definition.Trim() + " "));
        var link = document.CreateElement("a");
        link.SetAttribute("href", links.Language.PathFor($"/glossary/{entry.Slug}"));
        link.TextContent = string.Format(links.Language.Culture, links.MoreAbout, entry.Term);
        popover.AppendChild(link);
        return [plain, button, popover];
    }
}

/// <summary>
/// How marked words link in one language: to that language's glossary pages, with its words for "More about “{0}”".
/// </summary>
public sealed record GlossaryLinks(Languages.SiteLanguage Language, string MoreAbout)
{
    public static GlossaryLinks English { get; } = new(Languages.SiteLanguage.English, "More about “{0}”");
}
