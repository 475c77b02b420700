using System.Net;
using AngleSharp.Dom;

namespace TherapyGuide.Tests.Admin;

// What the history shows changed: the words, and nothing that did not change.
public sealed partial class EditingTests
{
    [Fact]
    public async Task History_marks_a_sentence_added_inside_a_paragraph_and_leaves_the_rest_of_the_paragraph_plain()
    {
        const string Added = "Ask about <b>fever</b> & chills first.";
        var (id, _) = await ArticleAsync("what-treatment-is-like");
        var form = await EditFormAsync(id);
        var lines = form["Form.Body"]!.ReplaceLineEndings("\n").Split('\n');
        var at = Array.FindIndex(lines, line => line.Length > 0 && char.IsLetter(line[0]) && line.Contains(". ", StringComparison.Ordinal));
        var paragraph = lines[at];
        var cut = paragraph.IndexOf(". ", StringComparison.Ordinal) + 2;
        lines[at] = $"{paragraph[..cut]}{Added} {paragraph[cut..]}";

        Assert.Equal(HttpStatusCode.Redirect, (await form.Set("Form.Body", string.Join('\n', lines)).PostAsync(Editor)).StatusCode);

        var history = await HtmlForm.ParseAsync(await Editor.GetAsync($"/admin/history/article/{id}"));
        var body = Field(history, "Article text");
        var passage = Assert.Single(body.QuerySelectorAll(".diff__passage"));
        Assert.Empty(passage.QuerySelectorAll("del"));
        var added = Assert.Single(passage.QuerySelectorAll("ins"));
        Assert.Equal("Added: ", added.QuerySelector(".visually-hidden")!.TextContent);
        Assert.Equal(Added, added.TextContent["Added: ".Length..].Trim());
        Assert.Empty(added.QuerySelectorAll("b")); // the editor's text is shown, never run as HTML
        // The paragraph's own words are there, unmarked, around the sentence.
        Assert.Equal($"{paragraph[..cut]}Added: {Added} {paragraph[cut..]}", passage.TextContent);
        Assert.Contains("unchanged", body.QuerySelector(".diff__skip")!.TextContent, StringComparison.Ordinal);
        // Both versions stay readable whole.
        Assert.Equal(2, body.QuerySelectorAll("details.diff-whole pre.diff-text").Length);
    }

    [Theory]
    [InlineData("articles")]
    [InlineData("side-effects")]
    [InlineData("glossary")]
    [InlineData("conditions")]
    [InlineData("comparison")]
    [InlineData("urgent-help")]
    [InlineData("questions")]
    public async Task Saving_an_unchanged_seeded_item_records_a_version_with_no_field_changed(string folder)
    {
        var address = $"/admin/{folder}/edit/1";
        var edit = await HtmlForm.ParseAsync(await Editor.GetAsync(address));
        var historyAddress = edit.QuerySelector("main a[href^='/admin/history/']")!.GetAttribute("href")!;

        var saved = await HtmlForm.From(edit, address, "form[method=post]:not(.signout)").PostAsync(Editor);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var history = await HtmlForm.ParseAsync(await Editor.GetAsync(historyAddress));
        Assert.Equal(2, history.QuerySelectorAll("table tbody tr").Length); // the import and this save, compared
        var comparison = history.QuerySelector("section[aria-labelledby=compare-heading]")!;
        Assert.Empty(comparison.QuerySelectorAll(".diff-field"));
        Assert.Contains("The two versions are the same.", comparison.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_newly_ticked_related_article_follows_the_ones_readers_already_see_in_their_order()
    {
        var (id, slug) = await ArticleAsync("immunotherapy-and-car-t-compared");
        var before = await RelatedOnPageAsync(slug);
        // The content files' order, which is not the boxes' order (by title).
        Assert.Equal(["how-the-immune-system-fights-cancer", "what-treatment-is-like", "side-effects-compared", "choosing-a-treatment"], before);
        var edit = await HtmlForm.ParseAsync(await Editor.GetAsync($"/admin/articles/edit/{id}"));
        var added = edit.QuerySelector("input[name='Form.Related']:not([checked])")!.GetAttribute("value")!;
        var form = HtmlForm.From(edit, $"/admin/articles/edit/{id}", "form[method=post]:not(.signout)");

        var saved = await form.Add("Form.Related", added).PostAsync(Editor);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal([.. before, added], await RelatedOnPageAsync(slug));
        var history = await HtmlForm.ParseAsync(await Editor.GetAsync($"/admin/history/article/{id}"));
        var changed = Assert.Single(history.QuerySelectorAll(".diff-field"));
        Assert.Equal("Related articles", changed.QuerySelector("h3")!.TextContent);
        Assert.Contains(added, Assert.Single(changed.QuerySelectorAll(".diff ins")).TextContent, StringComparison.Ordinal);
        Assert.Empty(changed.QuerySelectorAll(".diff del"));
    }

    private async Task<List<string>> RelatedOnPageAsync(string slug)
    {
        var page = await HtmlForm.ParseAsync(await Reader.GetAsync($"/articles/{slug}"));
        return page.QuerySelectorAll(".related h3 a").Select(a => a.GetAttribute("href")!["/articles/".Length..]).ToList();
    }

    private static IElement Field(AngleSharp.Html.Dom.IHtmlDocument history, string label) =>
        history.QuerySelectorAll(".diff-field").Single(f => f.QuerySelector("h3")!.TextContent == label);
}
