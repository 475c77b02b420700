using AngleSharp.Html.Parser;
using TherapyGuide.Web.Content;
using TherapyGuide.Web.Content.Reading;

namespace TherapyGuide.Tests.Content;

/// <summary>Stored HTML read and changed as a parsed document: the cases a regular expression over the text got wrong.</summary>
public sealed class HtmlFragmentTests
{
    private static readonly GlossaryEntry[] _glossary = [new("t-cell", "T cell", "A white blood cell.", [])];

    [Fact]
    public void Text_leaves_out_an_attribute_holding_a_greater_than_sign()
    {
        var text = GlossaryMatcher.TextOf("<p>See <a href=\"/x\" title=\"a > T cell\">the guide</a>.</p>");

        Assert.Contains("the guide", text, StringComparison.Ordinal);
        Assert.DoesNotContain(">", text, StringComparison.Ordinal);
        Assert.DoesNotContain("T cell", text, StringComparison.Ordinal);
        Assert.Empty(GlossaryMatcher.TermsUsed(text, _glossary));
    }

    [Fact]
    public void Text_decodes_entities_and_keeps_words_in_neighbouring_elements_apart()
    {
        var text = GlossaryMatcher.TextOf("<p>Fish &amp; chips &lt;3</p><p>T</p><p>cell</p>");

        Assert.Contains("Fish & chips <3", text, StringComparison.Ordinal);
        Assert.Equal(["t-cell"], GlossaryMatcher.TermsUsed(text, _glossary).Select(e => e.Slug));
    }

    [Fact]
    public void Headings_shift_with_their_ids_and_contents_and_nothing_else_changes()
    {
        var html = "<h2 id=\"a\">Big <em>one</em></h2><p><a href=\"/x\" title=\"<h2 id\">link</a></p>"
            + "<pre><code>&lt;h2&gt;not a heading&lt;/h2&gt;</code></pre><h6>deep</h6>";

        var document = new HtmlParser().ParseDocument(HeadingShift.Shift(html, 1));

        var shifted = document.QuerySelector("h3#a")!;
        Assert.Equal("Big one", shifted.TextContent);
        Assert.NotNull(shifted.QuerySelector("em"));
        Assert.Equal("<h2 id", document.QuerySelector("a")!.GetAttribute("title"));
        Assert.Equal("<h2>not a heading</h2>", document.QuerySelector("code")!.TextContent);
        Assert.Equal("deep", document.QuerySelector("h6")!.TextContent);
        Assert.Null(document.QuerySelector("h2"));
    }

    [Fact]
    public void Rendered_bodies_shift_as_they_did_and_no_shift_leaves_the_html_as_it_is()
    {
        var html = new MarkdownRenderer().Render("## First\n\nText with `<h2>` in code.\n\n### Second\n\n[link](/x \"a > b\")").Html;

        Assert.Same(html, HeadingShift.Shift(html, 0));
        var shifted = HeadingShift.Shift(html, 2);
        Assert.Equal(html.Replace("<h2", "<h4", StringComparison.Ordinal).Replace("</h2>", "</h4>", StringComparison.Ordinal)
            .Replace("<h3", "<h5", StringComparison.Ordinal).Replace("</h3>", "</h5>", StringComparison.Ordinal), shifted);
    }
}
