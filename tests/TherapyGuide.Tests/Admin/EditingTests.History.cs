using System.Net;
using AngleSharp.Dom;

namespace TherapyGuide.Tests.Admin;

// What the history shows changed: the words.
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

    private static IElement Field(AngleSharp.Html.Dom.IHtmlDocument history, string label) =>
        history.QuerySelectorAll(".diff-field").Single(f => f.QuerySelector("h3")!.TextContent == label);
}
