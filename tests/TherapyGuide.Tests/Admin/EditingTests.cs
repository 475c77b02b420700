using System.Net;
using AngleSharp.Html.Dom;
using TherapyGuide.Web.Content;
using TherapyGuide.Web.Data;

namespace TherapyGuide.Tests.Admin;

/// <summary>Editors' work as they would do it in a browser: real forms, real tokens, a real SQLite store.</summary>
public sealed partial class EditingTests(SharedSite shared) : EditorAndReaderTest(shared, "editor@example.org"), IClassFixture<SharedSite>
{
    [Fact]
    public async Task An_edit_shows_on_the_public_page_at_the_very_next_request()
    {
        var (id, slug) = await ArticleAsync("choosing-a-treatment");
        Assert.DoesNotContain("Freshly edited title", await Reader.GetStringAsync($"/articles/{slug}"), StringComparison.Ordinal); // now cached

        var saved = await (await EditFormAsync(id)).Set("Form.Title", "Freshly edited title").PostAsync(Editor);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var page = await HtmlForm.ParseAsync(await Reader.GetAsync($"/articles/{slug}"));
        Assert.Equal("Freshly edited title", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("Freshly edited title", await Reader.GetStringAsync("/articles"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_save_from_a_stale_form_is_refused_and_shows_both_versions_keeping_the_editors_text()
    {
        var (id, slug) = await ArticleAsync("what-treatment-is-like");
        var mine = await EditFormAsync(id);
        var theirs = await EditFormAsync(id);
        Assert.Equal(HttpStatusCode.Redirect, (await theirs.Set("Form.Summary", "Their newer summary.").PostAsync(Editor)).StatusCode);

        var refused = await mine.Set("Form.Summary", "My summary typed from an old form.").PostAsync(Editor);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var page = await HtmlForm.ParseAsync(refused);
        Assert.Contains("Someone else saved this", page.QuerySelector(".notice--conflict")!.TextContent, StringComparison.Ordinal);
        var compared = page.QuerySelector(".diff-field")!.TextContent;
        Assert.Contains("Their newer summary.", compared, StringComparison.Ordinal);
        Assert.Contains("My summary typed from an old form.", compared, StringComparison.Ordinal);
        Assert.Equal("My summary typed from an old form.", page.QuerySelector("#Form_Summary")!.TextContent.Trim());
        Assert.Contains("Their newer summary.", await Reader.GetStringAsync($"/articles/{slug}"), StringComparison.Ordinal);

        // Having seen both, the editor saves the merged text on purpose: the form now carries the newer version.
        var merged = HtmlForm.From(page, $"/admin/articles/edit/{id}").Set("Form.Summary", "Merged summary.");
        Assert.Equal(HttpStatusCode.Redirect, (await merged.PostAsync(Editor)).StatusCode);
        Assert.Contains("Merged summary.", await Reader.GetStringAsync($"/articles/{slug}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task History_lists_every_save_diffs_any_two_and_restore_is_a_new_revision()
    {
        var (id, slug) = await ArticleAsync("how-the-immune-system-fights-cancer");
        var original = await TitleAsync(slug);
        await (await EditFormAsync(id)).Set("Form.Title", "Second title").Set("Note", "First change").PostAsync(Editor);
        await (await EditFormAsync(id)).Set("Form.Title", "Third title").PostAsync(Editor);

        var history = await HtmlForm.ParseAsync(await Editor.GetAsync($"/admin/history/article/{id}"));
        var rows = history.QuerySelectorAll("table tbody tr");
        Assert.Equal(3, rows.Length); // the import, then two saves
        Assert.Contains("First change", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("editor@example.org", rows[0].TextContent, StringComparison.Ordinal);
        var diff = history.QuerySelector(".diff")!;
        Assert.Equal("Removed: Second", diff.QuerySelector("del")!.TextContent);
        Assert.Equal("Added: Third", diff.QuerySelector("ins")!.TextContent);
        Assert.Equal("Removed: SecondAdded: Third title", diff.QuerySelector(".diff__passage")!.TextContent);

        var first = history.QuerySelectorAll("form.inline-form").Cast<IHtmlFormElement>().Last();
        var restored = await HtmlForm.From(history, $"/admin/history/article/{id}", $"form.inline-form:has(input[value='{first.QuerySelector("input[name=revisionId]")!.GetAttribute("value")}'])")
            .PostAsync(Editor, $"/admin/history/article/{id}?handler=Restore");

        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        Assert.Equal(original, await TitleAsync(slug));
        var after = await HtmlForm.ParseAsync(await Editor.GetAsync($"/admin/history/article/{id}"));
        Assert.Equal(4, after.QuerySelectorAll("table tbody tr").Length);
        Assert.Contains("Restored", after.QuerySelectorAll("table tbody tr")[0].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Renaming_an_article_keeps_the_old_address_working_with_a_301()
    {
        var (id, slug) = await ArticleAsync("side-effects-compared");

        await (await EditFormAsync(id)).Set("Form.Slug", "side-effects-side-by-side").PostAsync(Editor);

        var old = await Reader.GetAsync($"/articles/{slug}");
        Assert.Equal(HttpStatusCode.MovedPermanently, old.StatusCode);
        Assert.Equal("/articles/side-effects-side-by-side", old.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await Reader.GetAsync("/articles/side-effects-side-by-side")).StatusCode);
    }

    [Fact]
    public async Task A_draft_is_never_shown_to_readers_and_publishing_shows_it()
    {
        var form = HtmlForm.From(await HtmlForm.ParseAsync(await Editor.GetAsync("/admin/articles/edit")), "/admin/articles/edit")
            .Set("Form.Title", "A draft about recovery")
            .Set("Form.Slug", "draft-about-recovery")
            .Set("Form.Summary", "Not ready yet.")
            .Set("Form.Body", "## Still writing\n\nSome words.")
            .Set("Form.Status", "Draft");

        var created = await form.PostAsync(Editor);

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Reader.GetAsync("/articles/draft-about-recovery")).StatusCode);
        Assert.DoesNotContain("A draft about recovery", await Reader.GetStringAsync("/articles"), StringComparison.Ordinal);
        Assert.Contains("A draft about recovery", await Editor.GetStringAsync("/admin"), StringComparison.Ordinal);

        var editAddress = created.Headers.Location!.OriginalString.Split('?')[0];
        var publish = HtmlForm.From(await HtmlForm.ParseAsync(await Editor.GetAsync(editAddress)), editAddress).Set("Form.Status", "Published");
        Assert.Equal(HttpStatusCode.Redirect, (await publish.PostAsync(Editor)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Reader.GetAsync("/articles/draft-about-recovery")).StatusCode);
    }

    [Fact]
    public async Task Deleting_asks_first_removes_the_item_and_history_can_bring_it_back()
    {
        var termId = await IdAsync(db => db.GlossaryTerms, "cytokine");
        var confirm = await HtmlForm.ParseAsync(await Editor.GetAsync($"/admin/delete/glossary/{termId}"));
        Assert.Contains("Delete", confirm.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);

        var deleted = await HtmlForm.From(confirm, $"/admin/delete/glossary/{termId}").PostAsync(Editor);

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Reader.GetAsync("/glossary/cytokine")).StatusCode);
        var history = await HtmlForm.ParseAsync(await Editor.GetAsync($"/admin/history/glossary/{termId}"));
        Assert.Contains("was deleted", history.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var restore = HtmlForm.From(history, $"/admin/history/glossary/{termId}", "form.inline-form");
        Assert.Equal(HttpStatusCode.Redirect, (await restore.PostAsync(Editor, $"/admin/history/glossary/{termId}?handler=Restore")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Reader.GetAsync("/glossary/cytokine")).StatusCode);
    }

    private async Task<HtmlForm> EditFormAsync(int id) => await FormAsync($"/admin/articles/edit/{id}");

    private async Task<HtmlForm> FormAsync(string address)
    {
        var response = await Editor.GetAsync(address);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return HtmlForm.From(await HtmlForm.ParseAsync(response), address, "form[method=post]:not(.signout)");
    }

    private async Task<string> TitleAsync(string slug) =>
        (await HtmlForm.ParseAsync(await Reader.GetAsync($"/articles/{slug}"))).QuerySelector("h1")!.TextContent;

    private async Task<(int Id, string Slug)> ArticleAsync(string slug) => (await IdAsync(db => db.Articles, slug), slug);

    private Task<int> IdAsync<T>(Func<TherapyGuideDbContext, IQueryable<T>> set, string slug) where T : ContentItem => Site.IdOfAsync(set, slug);
}
