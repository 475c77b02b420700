using System.Net;
using Microsoft.Extensions.DependencyInjection;

namespace TherapyGuide.Tests.Admin;

// Structured content and the comparison table's order.
public sealed partial class EditingTests
{
    [Fact]
    public async Task Structured_content_is_editable_and_shows_at_once()
    {
        var effectId = await IdAsync(db => db.SideEffects, "cytokine-release-syndrome");
        var termId = await IdAsync(db => db.GlossaryTerms, "t-cell");
        var conditionId = await IdAsync(db => db.Conditions, "lupus");
        var rowId = await IdAsync(db => db.ComparisonAspects, "how-it-works");

        await (await FormAsync($"/admin/side-effects/edit/{effectId}")).Set("Form.Timing", "Edited timing text.").PostAsync(Editor);
        await (await FormAsync($"/admin/glossary/edit/{termId}")).Set("Form.Definition", "Edited definition text.").PostAsync(Editor);
        await (await FormAsync($"/admin/conditions/edit/{conditionId}")).Set("Form.CarTNote", "Edited condition note.").PostAsync(Editor);
        await (await FormAsync($"/admin/comparison/edit/{rowId}")).Set("Form.CarT", "Edited comparison cell.").PostAsync(Editor);

        Assert.Contains("Edited timing text.", await Reader.GetStringAsync("/side-effects"), StringComparison.Ordinal);
        Assert.Contains("Edited definition text.", await Reader.GetStringAsync("/glossary/t-cell"), StringComparison.Ordinal);
        Assert.Contains("Edited condition note.", await Reader.GetStringAsync("/conditions"), StringComparison.Ordinal);
        Assert.Contains("Edited comparison cell.", await Reader.GetStringAsync("/compare"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Comparison_rows_can_be_moved_and_the_table_follows()
    {
        var before = await RowOrderAsync();
        var list = await HtmlForm.ParseAsync(await Editor.GetAsync("/admin/comparison"));
        var second = HtmlForm.From(list, "/admin/comparison", "tbody tr:nth-child(2) form").Set("direction", "up");

        var moved = await second.PostAsync(Editor, "/admin/comparison?handler=Move");

        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        var after = await RowOrderAsync();
        Assert.Equal([before[1], before[0], .. before.Skip(2)], after);
    }

    private async Task<List<string>> RowOrderAsync()
    {
        var page = await HtmlForm.ParseAsync(await Reader.GetAsync("/compare"));
        return page.QuerySelectorAll("tbody th[scope=row]").Select(t => t.TextContent).ToList();
    }
}
