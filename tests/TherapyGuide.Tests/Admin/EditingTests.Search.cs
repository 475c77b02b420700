using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TherapyGuide.Web.Data;

namespace TherapyGuide.Tests.Admin;

// Search follows every save.
public sealed partial class EditingTests
{
    [Fact]
    public async Task Search_follows_every_save_delete_and_restore_and_never_shows_drafts()
    {
        var termId = await IdAsync(db => db.GlossaryTerms, "antigen");
        await (await FormAsync($"/admin/glossary/edit/{termId}")).Set("Form.Definition", "A marker. Zanzibarian test word.").PostAsync(Editor);
        Assert.Contains("/glossary/antigen", await SearchAsync("zanzibarian"));

        var draft = HtmlForm.From(await HtmlForm.ParseAsync(await Editor.GetAsync("/admin/articles/edit")), "/admin/articles/edit")
            .Set("Form.Title", "Quokkaful draft").Set("Form.Slug", "quokkaful-draft").Set("Form.Summary", "Draft.")
            .Set("Form.Body", "## Part\n\nQuokkaful words.").Set("Form.Status", "Draft");
        var created = await draft.PostAsync(Editor);
        Assert.Empty(await SearchAsync("quokkaful"));

        var editAddress = created.Headers.Location!.OriginalString.Split('?')[0];
        await HtmlForm.From(await HtmlForm.ParseAsync(await Editor.GetAsync(editAddress)), editAddress).Set("Form.Status", "Published").PostAsync(Editor);
        Assert.Contains("/articles/quokkaful-draft", await SearchAsync("quokkaful"));

        var confirm = await HtmlForm.ParseAsync(await Editor.GetAsync($"/admin/delete/glossary/{termId}"));
        await HtmlForm.From(confirm, $"/admin/delete/glossary/{termId}").PostAsync(Editor);
        Assert.Empty(await SearchAsync("zanzibarian"));

        var history = await HtmlForm.ParseAsync(await Editor.GetAsync($"/admin/history/glossary/{termId}"));
        await HtmlForm.From(history, $"/admin/history/glossary/{termId}", "form.inline-form").PostAsync(Editor, $"/admin/history/glossary/{termId}?handler=Restore");
        Assert.Contains("/glossary/antigen", await SearchAsync("zanzibarian"));
        if (TestStore.OnPostgreSql)
        {
            // bm25's totals (entries and words) follow every write to the index, as FTS5's own do.
            await using var scope = Site.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<TherapyGuideDbContext>();
            var totals = await db.Database.SqlQuery<string>($"""
                SELECT (SELECT "Entries" || ' ' || "Words" FROM "SearchTotals") || ' / ' ||
                       (SELECT count(*) || ' ' || coalesce(sum("Length"), 0) FROM "SearchEntries") AS "Value"
                """).SingleAsync();
            var halves = totals.Split(" / ");
            Assert.True(halves[0] == halves[1], $"SearchTotals says {halves[0]}, the entries {halves[1]}");
        }
    }

    private async Task<List<string>> SearchAsync(string query)
    {
        var page = await HtmlForm.ParseAsync(await Reader.GetAsync("/search?q=" + Uri.EscapeDataString(query)));
        return page.QuerySelectorAll(".result__title a").Select(a => a.GetAttribute("href")!).ToList();
    }
}
