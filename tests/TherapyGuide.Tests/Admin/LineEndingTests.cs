using System.Net;
using Microsoft.EntityFrameworkCore;

namespace TherapyGuide.Tests.Admin;

/// <summary>Browsers post a text box's line breaks as CR LF; the store keeps LF, as the content files do.</summary>
public sealed class LineEndingTests(SharedSite shared) : EditorAndReaderTest(shared, "line-ends@example.org"), IClassFixture<SharedSite>
{
    [Fact]
    public async Task Text_posted_with_browser_line_breaks_is_stored_with_plain_ones_and_shown_back_without_carriage_returns()
    {
        var id = await Site.IdOfAsync(db => db.GlossaryTerms, "t-cell");
        var edit = $"/admin/glossary/edit/{id}";
        var form = HtmlForm.From(await HtmlForm.ParseAsync(await Editor.GetAsync(edit)), edit, "main form[novalidate]");

        var saved = await form.Set("Form.Definition", "A kind of white blood cell.\r\n\r\nIt fights infection.\rAnd cancer.").PressAsync(Editor, "Publish");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var stored = await Site.QueryAsync(db => db.GlossaryTerms.Where(t => t.Id == id).Select(t => t.Definition).SingleAsync());
        Assert.Equal("A kind of white blood cell.\n\nIt fights infection.\nAnd cancer.", stored);
        Assert.DoesNotContain("&#xD;", await Editor.GetStringAsync(edit), StringComparison.Ordinal);
    }
}
