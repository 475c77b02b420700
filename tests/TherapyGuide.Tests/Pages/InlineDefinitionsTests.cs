using System.Net;
using AngleSharp.Html.Dom;

namespace TherapyGuide.Tests.Pages;

/// <summary>The comparison and conditions pages explain their medical words as articles do, and stay plain text.</summary>
public sealed class InlineDefinitionsTests(SharedSite shared) : EditorAndReaderTest(shared, "definitions-editor@example.org"), IClassFixture<SharedSite>
{
    [Theory]
    [InlineData("/compare", "t-cell")]
    [InlineData("/conditions", "b-cell")]
    public async Task A_glossary_word_is_explained_once_at_its_first_use_with_a_working_link_to_its_page(string address, string slug)
    {
        var page = await PageAsync(address);

        var main = page.QuerySelector("main")!;
        var buttons = main.QuerySelectorAll("button.term");
        Assert.NotEmpty(buttons);
        // Each word once on the page: every definition's id is unique and each button opens its own.
        var targets = buttons.Select(b => b.GetAttribute("popovertarget")!).ToList();
        Assert.Equal(targets.Distinct().Count(), targets.Count);
        Assert.All(targets, t => Assert.NotNull(page.GetElementById(t)?.GetAttribute("popover")));
        Assert.Single(main.QuerySelectorAll($"button.term[popovertarget='term-{slug}']"));
        // Never inside a heading, a link, a row's own name or the table's question column.
        Assert.Empty(main.QuerySelectorAll("h1 button, h2 button, h3 button, a button, .condition-name button, table.compare th button"));

        var definition = page.GetElementById($"term-{slug}")!;
        var more = definition.QuerySelector("a")!.GetAttribute("href")!;
        var plain = main.QuerySelector($"span.term-link > a[href='/glossary/{slug}']")!;
        Assert.Equal($"/glossary/{slug}", more);
        Assert.Equal(main.QuerySelector($"button.term[popovertarget='term-{slug}']")!.TextContent, plain.TextContent);
        Assert.Equal(HttpStatusCode.OK, (await Reader.GetAsync(more)).StatusCode);
    }

    [Fact]
    public async Task Markup_typed_into_a_comparison_cell_stays_text()
    {
        const string Typed = "<b>Bold?</b> <script>alert(1)</script> <img src=x onerror=alert(2)> T cells & cytokines";
        var edit = HtmlForm.From(await HtmlForm.ParseAsync(await Editor.GetAsync("/admin/comparison/edit/1")), "/admin/comparison/edit/1", "main form[method=post]");
        Assert.Equal(HttpStatusCode.Redirect, (await edit.Set("Form.Immunotherapy", Typed).PostAsync(Editor)).StatusCode);

        var page = await PageAsync("/compare");

        var cell = page.QuerySelector($"table.compare tr[id='{edit["Form.Slug"]}'] td")!;
        Assert.Empty(cell.QuerySelectorAll("b, script, img"));
        Assert.Empty(LiveMarkup.Find(cell.InnerHtml, "button"));
        var text = string.Concat(cell.QuerySelector("p")!.ChildNodes
            .Where(n => n is not AngleSharp.Dom.IElement { LocalName: "span" }).Select(n => n.TextContent));
        Assert.Equal(Typed, text);
        Assert.Single(page.QuerySelectorAll("main button.term[popovertarget='term-t-cell']"));
    }

    [Fact]
    public async Task The_print_pack_shows_the_tables_plain_and_explains_their_words_once_at_the_end()
    {
        var page = await PageAsync("/print?pages=compare&pages=conditions");

        Assert.Empty(page.QuerySelectorAll(".print-pack table button.term, .print-pack table [popover]"));
        Assert.Contains("T cell", page.QuerySelector("#pack-words")!.TextContent, StringComparison.Ordinal);
    }

    private async Task<IHtmlDocument> PageAsync(string address)
    {
        var response = await Reader.GetAsync(address);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{address} answered {(int)response.StatusCode}");
        return await HtmlForm.ParseAsync(response);
    }
}
