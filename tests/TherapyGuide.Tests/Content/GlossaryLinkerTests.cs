using AngleSharp.Html.Parser;
using TherapyGuide.Web.Content.Reading;

namespace TherapyGuide.Tests.Content;

public sealed class GlossaryLinkerTests
{
    private static readonly GlossaryEntry[] _glossary =
    [
        new("t-cell", "T cell", "A white blood cell that can find threats.", ["T-cell"]),
        new("car-t-cell-therapy", "CAR-T cell therapy", "Changing your own T cells to find cancer.", ["CAR-T", "CAR T"]),
        new("cytokine", "Cytokine", "A chemical messenger <b>of</b> the immune system.", []),
    ];

    [Fact]
    public void Only_the_first_use_of_each_word_becomes_a_definition()
    {
        var html = GlossaryLinker.Link("<p>T cells help. More T cells come. A cytokine too, and cytokines.</p>", _glossary);

        var document = new HtmlParser().ParseDocument(html);
        var terms = document.QuerySelectorAll("button.term");
        Assert.Equal(["T cells", "cytokine"], terms.Select(t => t.TextContent));
        Assert.Equal("term-t-cell", terms[0].GetAttribute("popovertarget"));
        var definition = document.GetElementById("term-t-cell")!;
        Assert.True(definition.HasAttribute("popover"));
        Assert.Equal("/glossary/t-cell", definition.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void Words_in_headings_links_and_code_are_left_alone()
    {
        var html = GlossaryLinker.Link(
            "<h2 id=\"x\">What is a T cell?</h2><p><a href=\"/x\">T cell link</a> <code>T cell</code></p><p>Then a T cell.</p>",
            _glossary);

        var document = new HtmlParser().ParseDocument(html);
        Assert.Empty(document.QuerySelectorAll("h2 button, a button, code button"));
        Assert.Single(document.QuerySelectorAll("button.term"));
        Assert.Equal("Then a T cell.", document.QuerySelectorAll("p")[1].ChildNodes.First().TextContent + "T cell.");
    }

    [Fact]
    public void The_longest_spelling_wins_and_the_html_stays_well_formed_and_inert()
    {
        var input = "<p>CAR-T cell therapy uses T cells.</p><ul><li>One <strong>cytokine</strong> here</li></ul>";

        var html = GlossaryLinker.Link(input, _glossary);

        var document = new HtmlParser().ParseDocument(html);
        Assert.Equal(["CAR-T cell therapy", "T cells", "cytokine"], document.QuerySelectorAll("button.term").Select(t => t.TextContent));
        Assert.Equal("CAR-T cell therapy uses T cells.", string.Concat(document.QuerySelector("p")!.ChildNodes
            .Where(n => n is not AngleSharp.Dom.IElement { LocalName: "span" }).Select(n => n.TextContent)));
        Assert.NotNull(document.QuerySelector("li strong button.term"));
        // A definition's own text is text: "<b>" in it is shown, never parsed.
        Assert.Contains("&lt;b&gt;", html, StringComparison.Ordinal);
        Assert.Empty(LiveMarkup.Find(html, "button"));
    }

    [Fact]
    public void Short_capital_abbreviations_match_only_as_capitals()
    {
        GlossaryEntry[] glossary = [new("multiple-sclerosis", "Multiple sclerosis", "A disease.", ["MS"])];

        var html = GlossaryLinker.Link("<p>Some terms and items. People with MS.</p>", glossary);

        Assert.Contains(">MS</button>", html, StringComparison.Ordinal);
        Assert.Single(new HtmlParser().ParseDocument(html).QuerySelectorAll("button.term"));
    }

    [Fact]
    public void Each_word_has_a_plain_link_to_its_glossary_page_for_browsers_without_popovers()
    {
        var html = GlossaryLinker.Link("<p>T cells help.</p>", _glossary);

        var document = new HtmlParser().ParseDocument(html);
        var plain = document.QuerySelector("p > span.term-link > a")!;
        Assert.Equal("/glossary/t-cell", plain.GetAttribute("href"));
        Assert.Equal("T cells", plain.TextContent);
        // The link, then the button, then the definition: the word is read once whichever one the browser shows.
        Assert.Equal(["span", "button", "span"], document.QuerySelector("p")!.Children.Select(c => c.LocalName));
    }

    [Fact]
    public void The_parts_of_one_page_explain_each_word_once_at_its_first_use_on_the_page()
    {
        var parts = GlossaryLinker.Link(["<p>No words here.</p>", "", "<p>T cells and a cytokine.</p>", "<p>T cells again, CAR-T too.</p>"], _glossary);

        Assert.Equal(4, parts.Length);
        Assert.Equal("<p>No words here.</p>", parts[0]);
        Assert.Equal("", parts[1]);
        var documents = parts.Select(p => new HtmlParser().ParseDocument(p)).ToList();
        Assert.Equal(["T cells", "cytokine"], documents[2].QuerySelectorAll("button.term").Select(t => t.TextContent));
        Assert.Equal(["CAR-T"], documents[3].QuerySelectorAll("button.term").Select(t => t.TextContent));
        Assert.Single(documents.SelectMany(d => d.QuerySelectorAll("#term-t-cell")));
    }
}
