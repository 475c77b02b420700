using System.Net;
using Microsoft.EntityFrameworkCore;
using TherapyGuide.Web.Content;
using TherapyGuide.Web.Content.Editing;
using TherapyGuide.Web.Languages;

namespace TherapyGuide.Tests.Data;

// A translation an editor changed is theirs as an English item is: a newer Spanish file waits on the dashboard.
public sealed partial class ContentFileUpdateTests
{
    [Fact]
    public async Task A_translation_an_editor_changed_waits_on_the_dashboard_and_the_files_spanish_version_can_be_taken()
    {
        const string slug = "aggressive-cancer";
        int spanishId;
        using (var first = _files.StartSite())
        {
            var englishId = await first.IdOfAsync(db => db.GlossaryTerms, slug);
            spanishId = await first.QueryAsync(db => db.GlossaryTerms.IgnoreQueryFilters().Where(t => t.Language == "es" && t.SourceId == englishId).Select(t => t.Id).SingleAsync());
            using (LanguageScope.Use(SiteLanguage.Spanish))
            {
                await first.EditAsync<GlossaryTerm, GlossaryForm>(spanishId, f => f.Definition = "Nuestra propia definición.");
            }
        }

        Assert.Equal(slug, EditYaml(Path.Combine("es", "glossary.yml"), 1, "definition", "Glosicuark corrección."));
        EditYaml("glossary.yml", 1, "definition", "Glossiquark correction.");

        using var site = _files.StartSite();
        using var editor = await SignInAsync(site);
        using var reader = site.CreateClient();

        // The English, untouched, took its file; the Spanish, changed by an editor, kept its own text.
        Assert.Contains("Glossiquark correction.", await reader.GetStringAsync($"/glossary/{slug}"), StringComparison.Ordinal);
        Assert.Contains("Nuestra propia definición.", await reader.GetStringAsync($"/es/glossary/{slug}"), StringComparison.Ordinal);

        // Listed on the dashboard as the Spanish item, linking to its comparison in Spanish.
        var address = $"/admin/content-files/glossary/{slug}?lang=es";
        Assert.Equal([address], NewerVersionLinks(await HtmlForm.ParseAsync(await editor.GetAsync("/admin"))));
        var page = await HtmlForm.ParseAsync(await editor.GetAsync(address));
        var compared = page.QuerySelector("main")!.TextContent;
        Assert.Contains("Nuestra propia definición.", compared, StringComparison.Ordinal);
        Assert.Contains("Glosicuark corrección.", compared, StringComparison.Ordinal);

        var use = Answer(page, "Use the files' version", address);
        var used = await use.Form.PostAsync(editor, use.Action);
        Assert.Equal(HttpStatusCode.Redirect, used.StatusCode);
        Assert.Contains("Glosicuark corrección.", await reader.GetStringAsync($"/es/glossary/{slug}"), StringComparison.Ordinal);
        Assert.Contains("Glossiquark correction.", await reader.GetStringAsync($"/glossary/{slug}"), StringComparison.Ordinal);
        Assert.Empty(NewerVersionLinks(await HtmlForm.ParseAsync(await editor.GetAsync("/admin"))));
        var taken = await LatestRevisionAsync(site, ContentKind.Glossary, spanishId);
        Assert.Equal((Editor, RevisionAction.Updated), (taken.Author, taken.Action));
        Assert.Contains("\"translationLanguage\":\"es\"", taken.Snapshot, StringComparison.Ordinal);
    }
}
