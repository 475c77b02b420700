using System.Net;
using Microsoft.EntityFrameworkCore;

namespace TherapyGuide.Tests.Admin;

/// <summary>
/// A translation lives and dies with its English original: deleting the English takes the Spanish off the site too (a
/// Spanish reader never keeps text the English has dropped), and both come back from their histories, English first.
/// </summary>
public sealed class TranslationLifecycleTests(SharedSite shared) : EditorAndReaderTest(shared, "editor@example.org"), IClassFixture<SharedSite>
{
    private const string Term = "cytokine";

    [Fact]
    public async Task Deleting_an_english_item_deletes_its_translation_and_both_come_back_from_history_english_first()
    {
        var englishId = await Site.IdOfAsync(db => db.GlossaryTerms, Term);
        var spanishId = await Site.QueryAsync(db => db.GlossaryTerms.IgnoreQueryFilters().Where(t => t.Language == "es" && t.SourceId == englishId).Select(t => t.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.OK, (await Reader.GetAsync($"/es/glossary/{Term}")).StatusCode);
        Assert.Contains("Citocina", await Reader.GetStringAsync("/es/glossary"), StringComparison.Ordinal);

        // The editor is told before confirming.
        var address = $"/admin/delete/glossary/{englishId}";
        var confirm = await HtmlForm.ParseAsync(await Editor.GetAsync(address));
        Assert.Contains("Spanish translation is deleted with it", confirm.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await HtmlForm.From(confirm, address).PostAsync(Editor)).StatusCode);

        // Gone in both languages: page, list and search.
        Assert.Equal(HttpStatusCode.NotFound, (await Reader.GetAsync($"/glossary/{Term}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Reader.GetAsync($"/es/glossary/{Term}")).StatusCode);
        Assert.DoesNotContain("Citocina", await Reader.GetStringAsync("/es/glossary"), StringComparison.Ordinal);
        Assert.DoesNotContain($"/es/glossary/{Term}\"", await Reader.GetStringAsync("/es/search?q=citocina"), StringComparison.Ordinal);
        Assert.False(await Site.QueryAsync(db => db.GlossaryTerms.IgnoreQueryFilters().AnyAsync(t => t.Id == spanishId)));

        // The translation's own history says it went with its original, and it cannot come back before the English.
        var spanishHistory = $"/admin/history/glossary/{spanishId}?lang=es";
        var history = await HtmlForm.ParseAsync(await Editor.GetAsync(spanishHistory));
        Assert.Contains("Deleted with its English original.", history.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var early = await HtmlForm.From(history, spanishHistory, "form.inline-form").PostAsync(Editor, $"/admin/history/glossary/{spanishId}?handler=Restore&lang=es");
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Contains("Bring back the English first", await early.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await Reader.GetAsync($"/es/glossary/{Term}")).StatusCode);

        // English first, then the Spanish: both are back, linked as before.
        var englishHistory = $"/admin/history/glossary/{englishId}";
        var restoreEnglish = HtmlForm.From(await HtmlForm.ParseAsync(await Editor.GetAsync(englishHistory)), englishHistory, "form.inline-form");
        Assert.Equal(HttpStatusCode.Redirect, (await restoreEnglish.PostAsync(Editor, $"/admin/history/glossary/{englishId}?handler=Restore")).StatusCode);
        var restoreSpanish = HtmlForm.From(await HtmlForm.ParseAsync(await Editor.GetAsync(spanishHistory)), spanishHistory, "form.inline-form");
        Assert.Equal(HttpStatusCode.Redirect, (await restoreSpanish.PostAsync(Editor, $"/admin/history/glossary/{spanishId}?handler=Restore&lang=es")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await Reader.GetAsync($"/glossary/{Term}")).StatusCode);
        Assert.Contains("Citocina", await Reader.GetStringAsync($"/es/glossary/{Term}"), StringComparison.Ordinal);
        Assert.Equal(englishId, await Site.QueryAsync(db => db.GlossaryTerms.IgnoreQueryFilters().Where(t => t.Id == spanishId).Select(t => t.SourceId).SingleAsync()));
    }

    [Fact]
    public async Task Deleting_a_translation_leaves_its_english_original_alone()
    {
        var englishId = await Site.IdOfAsync(db => db.GlossaryTerms, Term);
        var spanishId = await Site.QueryAsync(db => db.GlossaryTerms.IgnoreQueryFilters().Where(t => t.Language == "es" && t.SourceId == englishId).Select(t => t.Id).SingleAsync());
        var address = $"/admin/delete/glossary/{spanishId}?lang=es";
        var confirm = await HtmlForm.ParseAsync(await Editor.GetAsync(address));
        Assert.DoesNotContain("deleted with it", confirm.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await HtmlForm.From(confirm, address).PostAsync(Editor)).StatusCode);

        // The dashboard's recent changes name the translation, in its language, and link to its own history.
        var dashboard = await HtmlForm.ParseAsync(await Editor.GetAsync("/admin"));
        var recent = dashboard.QuerySelector($"section[aria-labelledby=recent-heading] a[href='/admin/history/glossary/{spanishId}?lang=es']")!;
        Assert.Contains("(Spanish)", recent.TextContent, StringComparison.Ordinal);
        Assert.Equal("es", recent.QuerySelector("span[lang]")!.GetAttribute("lang"));

        Assert.Equal(HttpStatusCode.OK, (await Reader.GetAsync($"/glossary/{Term}")).StatusCode);
        var spanish = await Reader.GetAsync($"/es/glossary/{Term}");
        Assert.Equal(HttpStatusCode.OK, spanish.StatusCode); // the English term, shown as not yet translated
        Assert.Contains("lang=\"en\"", await spanish.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_translation_due_for_review_is_on_the_dashboard_in_its_language_and_the_translations_page_names_it()
    {
        var englishId = await Site.IdOfAsync(db => db.GlossaryTerms, Term);
        var spanishId = await Site.QueryAsync(db => db.GlossaryTerms.IgnoreQueryFilters().Where(t => t.Language == "es" && t.SourceId == englishId).Select(t => t.Id).SingleAsync());
        var yesterday = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1);
        await Site.ExecuteAsync(db => db.GlossaryTerms.IgnoreQueryFilters().Where(t => t.Id == spanishId).ExecuteUpdateAsync(u => u.SetProperty(t => t.NextReviewDue, yesterday)));

        var dashboard = await HtmlForm.ParseAsync(await Editor.GetAsync("/admin"));
        var due = dashboard.QuerySelector($"section[aria-labelledby=review-heading] a[href='/admin/glossary/edit/{spanishId}?lang=es']")!;
        Assert.Contains("(Spanish)", due.TextContent, StringComparison.Ordinal);
        Assert.Contains("Citocina", due.TextContent, StringComparison.Ordinal);
        Assert.Contains("Overdue", due.ParentElement!.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.Null(dashboard.QuerySelector($"section[aria-labelledby=review-heading] a[href='/admin/glossary/edit/{englishId}']"));

        var translations = await HtmlForm.ParseAsync(await Editor.GetAsync("/admin/translations"));
        var name = translations.QuerySelector($"tr[data-slug='{Term}'] .translation-name")!;
        Assert.Equal("es", name.GetAttribute("lang"));
        Assert.Contains("Citocina", name.TextContent, StringComparison.Ordinal);
    }
}
