using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TherapyGuide.Web.Data;

namespace TherapyGuide.Tests.Stores;

/// <summary>
/// Editors at the same moment, on whichever store the suite runs on (CI runs it once per store): one address is one
/// item however many take it at once, one version of an item is saved once and every other save of it is refused with
/// both versions shown, and a save whose history cannot be written is not saved at all.
/// </summary>
public sealed class ConcurrencyTests(SharedSite shared) : EditorAndReaderTest(shared, "race@example.org"), IClassFixture<SharedSite>
{
    private const int Editors = 8;
    private const string TakenAddress = "already uses this address";

    [Fact]
    public async Task Editors_taking_one_new_address_at_the_same_moment_make_one_item_and_the_others_are_told_why()
    {
        var forms = new List<HtmlForm>();
        for (var i = 0; i < Editors; i++)
        {
            var page = await HtmlForm.ParseAsync(await Editor.GetAsync("/admin/glossary/edit"));
            forms.Add(HtmlForm.From(page, "/admin/glossary/edit")
                .Set("Form.Term", $"Raced term {i}").Set("Form.Slug", "raced-term").Set("Form.Definition", $"Written by editor {i}."));
        }

        var answers = await Task.WhenAll(forms.Select(form => form.PostAsync(Editor)));

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Redirect);
        foreach (var refused in answers.Where(a => a.StatusCode != HttpStatusCode.Redirect))
        {
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode); // the form again, with what was typed and the reason
            var text = await refused.Content.ReadAsStringAsync();
            Assert.Contains(TakenAddress, text, StringComparison.Ordinal);
            Assert.Contains("Written by editor", text, StringComparison.Ordinal);
        }

        await using var scope = Site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TherapyGuideDbContext>();
        var made = await db.GlossaryTerms.IgnoreQueryFilters().SingleAsync(t => t.Slug == "raced-term");
        Assert.Equal(1, await db.Revisions.CountAsync(r => r.Kind == Web.Content.ContentKind.Glossary && r.ContentId == made.Id));
        Assert.Equal(1, await db.AuditEntries.CountAsync(e => e.Target!.Contains("Raced term")));
        Assert.Contains(made.Term, await Reader.GetStringAsync("/glossary"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Editors_saving_one_version_at_the_same_moment_save_it_once_and_the_others_see_both_versions()
    {
        var (id, version, revisionsBefore, auditBefore) = await GlossaryTermAsync();
        var forms = new List<HtmlForm>();
        for (var i = 0; i < Editors; i++)
        {
            forms.Add((await EditFormAsync(id)).Set("Form.Definition", $"Definition saved by editor {i}."));
        }

        var answers = await Task.WhenAll(forms.Select(form => form.PostAsync(Editor)));

        var saved = Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Redirect);
        var winner = forms[Array.IndexOf(answers, saved)]["Form.Definition"]!;
        for (var i = 0; i < Editors; i++)
        {
            if (answers[i] == saved)
            {
                continue;
            }

            Assert.Equal(HttpStatusCode.Conflict, answers[i].StatusCode);
            var page = await HtmlForm.ParseAsync(answers[i]);
            var compared = page.QuerySelector(".diff-field")!.TextContent;
            Assert.Contains(winner, compared, StringComparison.Ordinal);
            Assert.Contains($"Definition saved by editor {i}.", compared, StringComparison.Ordinal);
            Assert.Equal($"Definition saved by editor {i}.", page.QuerySelector("#Form_Definition")!.TextContent.Trim()); // nothing typed is lost
        }

        var (_, versionAfter, revisionsAfter, auditAfter) = await GlossaryTermAsync(id);
        Assert.Equal(version + 1, versionAfter);
        Assert.Equal(revisionsBefore + 1, revisionsAfter);
        Assert.Equal(auditBefore + 1, auditAfter);
    }

    [Fact]
    public async Task A_save_whose_audit_line_cannot_be_written_changes_nothing_and_the_same_form_saves_afterwards()
    {
        var (id, version, revisionsBefore, auditBefore) = await GlossaryTermAsync();
        var form = (await EditFormAsync(id)).Set("Form.Definition", "A definition that must not appear half saved.");
        await using (var store = await TestStore.OpenAsync(Site.DatabasePath, readOnly: false))
        {
            await TestStore.ScalarAsync(store, TestStore.OnPostgreSql
                ? """
                  CREATE FUNCTION refuse_audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit refused'; END $$;
                  CREATE TRIGGER refuse_audit BEFORE INSERT ON "AuditEntries" FOR EACH ROW EXECUTE FUNCTION refuse_audit();
                  """
                : """CREATE TRIGGER refuse_audit BEFORE INSERT ON "AuditEntries" BEGIN SELECT RAISE(ABORT, 'audit refused'); END;""");
        }

        var failed = await form.PostAsync(Editor);

        Assert.True((int)failed.StatusCode >= 500, $"answered {failed.StatusCode}");
        Assert.Equal((id, version, revisionsBefore, auditBefore), await GlossaryTermAsync(id));
        Assert.DoesNotContain("must not appear half saved", await Reader.GetStringAsync("/glossary"), StringComparison.Ordinal);
        Assert.DoesNotContain("must not appear half saved", await Reader.GetStringAsync("/search?q=half+saved"), StringComparison.Ordinal);

        await using (var store = await TestStore.OpenAsync(Site.DatabasePath, readOnly: false))
        {
            await TestStore.ScalarAsync(store, """DROP TRIGGER refuse_audit""" + (TestStore.OnPostgreSql ? """ ON "AuditEntries"; DROP FUNCTION refuse_audit();""" : ""));
        }

        Assert.Equal(HttpStatusCode.Redirect, (await form.PostAsync(Editor)).StatusCode);
        Assert.Equal((id, version + 1, revisionsBefore + 1, auditBefore + 1), await GlossaryTermAsync(id));
        Assert.Contains("must not appear half saved", await Reader.GetStringAsync("/glossary"), StringComparison.Ordinal);
    }

    private async Task<HtmlForm> EditFormAsync(int id)
    {
        var address = $"/admin/glossary/edit/{id}";
        return HtmlForm.From(await HtmlForm.ParseAsync(await Editor.GetAsync(address)), address);
    }

    /// <summary>A glossary term (the first, or this one), its version, and how many revisions and audit lines the store holds.</summary>
    private async Task<(int Id, int Version, int Revisions, int Audit)> GlossaryTermAsync(int? id = null)
    {
        await using var scope = Site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TherapyGuideDbContext>();
        var term = await db.GlossaryTerms.AsNoTracking().OrderBy(t => t.Id).FirstAsync(t => id == null || t.Id == id);
        return (term.Id, term.Version, await db.Revisions.CountAsync(), await db.AuditEntries.CountAsync());
    }
}
