using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TherapyGuide.Web.Content;
using TherapyGuide.Web.Content.Editing;

namespace TherapyGuide.Tests.Data;

// An item an editor changed, kept or deleted stays theirs; the files' version waits to be taken.
public sealed partial class ContentFileUpdateTests
{
    [Fact]
    public async Task An_item_an_editor_changed_is_not_overwritten_and_editors_use_the_files_version_or_keep_theirs()
    {
        int urgentId, glossaryId;
        string glossary;
        using (var first = _files.StartSite())
        {
            glossary = await SlugAtAsync(first, db => db.GlossaryTerms, 2);
            urgentId = await first.IdOfAsync(db => db.UrgentHelp, UrgentHelp.MainSlug);
            glossaryId = await first.IdOfAsync(db => db.GlossaryTerms, glossary);
            await first.EditAsync<UrgentHelp, UrgentHelpForm>(urgentId, f => f.Note = "Our own closing line.");
            await first.EditAsync<GlossaryTerm, GlossaryForm>(glossaryId, f => f.Definition = "Our own definition.");
        }

        EditYaml("urgent-help.yml", 0, "note", "Urgiquark: the closing line from the files.");
        Assert.Equal(glossary, EditYaml("glossary.yml", 2, "definition", "Glossiquark correction."));

        using var site = _files.StartSite();
        using var editor = await SignInAsync(site);
        using var reader = site.CreateClient();

        // Not overwritten: the store and the public pages keep the editors' versions.
        Assert.Equal("Our own closing line.", await UrgentHelpAsync(site, u => u.Note));
        Assert.Contains("Our own definition.", await reader.GetStringAsync($"/glossary/{glossary}"), StringComparison.Ordinal);

        // The dashboard lists both under a clear heading, each linking to the side-by-side page.
        var dashboard = await HtmlForm.ParseAsync(await editor.GetAsync("/admin"));
        var links = NewerVersionLinks(dashboard);
        Assert.Equal(new[] { "/admin/content-files/glossary/" + glossary, "/admin/content-files/urgent-help/urgent-help" }, links.Order(StringComparer.Ordinal));

        // Side by side: ours and the files'.
        var urgentPage = await HtmlForm.ParseAsync(await editor.GetAsync("/admin/content-files/urgent-help/urgent-help"));
        var compared = urgentPage.QuerySelector("main")!.TextContent;
        Assert.Contains("Our own closing line.", compared, StringComparison.Ordinal);
        Assert.Contains("Urgiquark: the closing line from the files.", compared, StringComparison.Ordinal);
        var staleUse = Answer(urgentPage, "Use the files' version", "/admin/content-files/urgent-help/urgent-help");

        // A colleague changes our copy again: still listed, and the page shows the newest of ours.
        await site.EditAsync<UrgentHelp, UrgentHelpForm>(urgentId, f => f.Note = "Our closing line, changed again.");
        Assert.Contains("/admin/content-files/urgent-help/urgent-help", NewerVersionLinks(await HtmlForm.ParseAsync(await editor.GetAsync("/admin"))));
        var stale = await staleUse.Form.PostAsync(editor, staleUse.Action);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("Nothing was saved", (await HtmlForm.ParseAsync(stale)).QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);

        urgentPage = await HtmlForm.ParseAsync(await editor.GetAsync("/admin/content-files/urgent-help/urgent-help"));
        Assert.Contains("Our closing line, changed again.", urgentPage.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var use = Answer(urgentPage, "Use the files' version", "/admin/content-files/urgent-help/urgent-help");
        var used = await use.Form.PostAsync(editor, use.Action);
        Assert.Equal(HttpStatusCode.Redirect, used.StatusCode);
        Assert.Contains("Saved.", await editor.GetStringAsync(used.Headers.Location!.OriginalString), StringComparison.Ordinal);
        Assert.StartsWith("Urgiquark: the closing line from the files.", await UrgentHelpAsync(site, u => u.Note), StringComparison.Ordinal);
        var results = await HtmlForm.ParseAsync(await reader.GetAsync("/search?q=urgiquark"));
        Assert.Contains(results.QuerySelectorAll(".result a"), a => a.GetAttribute("href") == "/side-effects#urgent-help");
        var taken = await LatestRevisionAsync(site, ContentKind.UrgentHelp, urgentId);
        Assert.Equal((4, Editor, RevisionAction.Updated), (taken.Version, taken.Author, taken.Action));
        Assert.NotNull(taken.Note);
        Assert.Contains("Urgiquark: the closing line from the files.", taken.Snapshot, StringComparison.Ordinal);

        // The same post again (a second click, or a colleague's) is refused plainly.
        var repeated = await use.Form.PostAsync(editor, use.Action);
        Assert.Equal(HttpStatusCode.Conflict, repeated.StatusCode);
        Assert.Contains("Nothing was saved", await repeated.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Keep ours: the glossary term keeps the editors' text, the files' version is no longer offered, the audit log says who.
        var glossaryPage = await HtmlForm.ParseAsync(await editor.GetAsync($"/admin/content-files/glossary/{glossary}"));
        Assert.Contains("Glossiquark correction.", glossaryPage.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var keep = Answer(glossaryPage, "Keep ours", $"/admin/content-files/glossary/{glossary}");
        Assert.Equal(HttpStatusCode.Redirect, (await keep.Form.PostAsync(editor, keep.Action)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await keep.Form.PostAsync(editor, keep.Action)).StatusCode);
        Assert.Contains("Our own definition.", await reader.GetStringAsync($"/glossary/{glossary}"), StringComparison.Ordinal);
        Assert.Empty(NewerVersionLinks(await HtmlForm.ParseAsync(await editor.GetAsync("/admin"))));
        Assert.Equal(1, await CountAsync(site, db => db.AuditEntries.CountAsync(a => a.Action == "keep-ours" && a.Actor == Editor)));
        Assert.Equal(2, await CountAsync(site, db => db.Revisions.CountAsync(r => r.Kind == ContentKind.Glossary && r.ContentId == glossaryId)));
    }

    [Fact]
    public async Task A_kept_version_is_not_offered_again_but_a_later_change_to_the_files_is()
    {
        int glossaryId;
        string glossary;
        using (var first = _files.StartSite())
        {
            glossary = await SlugAtAsync(first, db => db.GlossaryTerms, 0);
            glossaryId = await first.IdOfAsync(db => db.GlossaryTerms, glossary);
            await first.EditAsync<GlossaryTerm, GlossaryForm>(glossaryId, f => f.Definition = "Our own definition.");
        }

        EditYaml("glossary.yml", 0, "definition", "First correction.");
        using (var site = _files.StartSite())
        {
            using var editor = await SignInAsync(site);
            var page = await HtmlForm.ParseAsync(await editor.GetAsync($"/admin/content-files/glossary/{glossary}"));
            var keep = Answer(page, "Keep ours", $"/admin/content-files/glossary/{glossary}");
            Assert.Equal(HttpStatusCode.Redirect, (await keep.Form.PostAsync(editor, keep.Action)).StatusCode);
        }

        File.AppendAllText(Path.Combine(_files.Content, "questions.yml"), "\n# the folder changes, the kept term does not\n");
        using (var site = _files.StartSite())
        {
            Assert.Equal(0, await CountAsync(site, db => db.ContentImports.CountAsync(i => i.NewerSnapshot != null)));
        }

        EditYaml("glossary.yml", 0, "definition", "Second correction.");
        using (var site = _files.StartSite())
        {
            using var editor = await SignInAsync(site);
            Assert.Equal(new[] { $"/admin/content-files/glossary/{glossary}" }, NewerVersionLinks(await HtmlForm.ParseAsync(await editor.GetAsync("/admin"))));
            var text = (await HtmlForm.ParseAsync(await editor.GetAsync($"/admin/content-files/glossary/{glossary}"))).QuerySelector("main")!.TextContent;
            Assert.Contains("Second correction.", text, StringComparison.Ordinal);
            Assert.Contains("Our own definition.", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_item_an_editor_deleted_stays_deleted_and_is_not_offered()
    {
        string glossary;
        using (var first = _files.StartSite())
        {
            glossary = await SlugAtAsync(first, db => db.GlossaryTerms, 0);
            var id = await first.IdOfAsync(db => db.GlossaryTerms, glossary);
            await using var scope = first.Services.CreateAsyncScope();
            Assert.Equal(SaveOutcome.Saved, await scope.ServiceProvider.GetRequiredService<ContentStore>().DeleteAsync<GlossaryTerm, GlossaryForm>(id, 1, Editor, default));
        }

        EditYaml("glossary.yml", 0, "definition", "A correction to a deleted term.");
        using var site = _files.StartSite();
        Assert.Equal(0, await CountAsync(site, db => db.GlossaryTerms.CountAsync(t => t.Slug == glossary)));
        using var editor = await SignInAsync(site);
        Assert.Empty(NewerVersionLinks(await HtmlForm.ParseAsync(await editor.GetAsync("/admin"))));
        var page = await editor.GetAsync($"/admin/content-files/glossary/{glossary}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("deleted", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
