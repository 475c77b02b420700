using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using TherapyGuide.Web.Content;

namespace TherapyGuide.Tests.Admin;

/// <summary>
/// Translators at work through the real forms: the translations page says which Spanish items are behind their English
/// and what changed, a translation is edited beside its original, and what it follows from the original stays the original's.
/// </summary>
public sealed class TranslationTests(SharedSite shared) : EditorAndReaderTest(shared, "editor@example.org"), IClassFixture<SharedSite>
{
    private const string EditForm = "main form[novalidate]";
    private const string Behind = "La versión en inglés se actualizó el";
    private const string SideEffect = "cytokine-release-syndrome";

    [Fact]
    public async Task An_english_change_puts_its_translation_behind_with_the_diff_and_saving_it_with_the_box_ticked_brings_it_up_to_date()
    {
        var slug = await Site.QueryAsync(db => db.Articles.Where(a => a.Status == ArticleStatus.Published).OrderBy(a => a.Id).Select(a => a.Slug).FirstAsync());
        var englishId = await Site.IdOfAsync(db => db.Articles, slug);
        // Translated afresh: the content files' translation goes first.
        await Site.ExecuteAsync(db => db.Articles.IgnoreQueryFilters().Where(t => t.Language == "es" && t.SourceId == englishId).ExecuteDeleteAsync());

        // A new translation starts from the English text.
        var create = $"/admin/articles/edit?lang=es&source={englishId}";
        var createResponse = await Editor.GetAsync(create);
        Assert.True(createResponse.StatusCode == HttpStatusCode.OK, createResponse.Headers.Location?.OriginalString);
        var createPage = await HtmlForm.ParseAsync(createResponse);
        Assert.True(createPage.QuerySelector("aside.translation-source") is not null, createPage.QuerySelector("main")?.TextContent[..Math.Min(2000, createPage.QuerySelector("main")!.TextContent.Length)]);
        var created = await HtmlForm.From(createPage, create, EditForm)
            .Set("Form.Title", "Un artículo traducido")
            .Set("Form.Summary", "Un resumen en español.")
            .Set("Form.Body", "Un texto en español sobre el tratamiento.")
            .PressAsync(Editor, "Publish");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Contains("lang=es", created.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var spanishId = await SpanishIdAsync(db => db.Articles, slug);
        var spanish = await Reader.GetStringAsync($"/es/articles/{slug}");
        Assert.Contains("Un texto en español", spanish, StringComparison.Ordinal);
        Assert.DoesNotContain(Behind, spanish, StringComparison.Ordinal);
        Assert.Equal("up to date", await StateAsync(slug));

        // The English changes: the Spanish page says so, and the translations page shows it behind, with the change.
        var english = $"/admin/articles/edit/{englishId}";
        var englishForm = HtmlForm.From(await HtmlForm.ParseAsync(await Editor.GetAsync(english)), english, EditForm);
        var changed = await englishForm.Set("Form.Body", englishForm["Form.Body"] + "\n\nA new paragraph about the latest trial.").PressAsync(Editor, "Publish");
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        var englishVersion = await Site.QueryAsync(db => db.Articles.Where(a => a.Id == englishId).Select(a => a.Version).SingleAsync());

        Assert.Contains(Behind, await Reader.GetStringAsync($"/es/articles/{slug}"), StringComparison.Ordinal);
        var list = await HtmlForm.ParseAsync(await Editor.GetAsync("/admin/translations"));
        Assert.Equal($"behind (English version {englishVersion}, translated from {englishVersion - 1})", State(list, slug));
        var diff = list.QuerySelector($"tr[data-slug='{slug}'] + tr.translation-changes")!;
        Assert.Contains("latest trial", string.Concat(diff.QuerySelectorAll("ins").Select(i => i.TextContent)), StringComparison.Ordinal);
        var dashboard = await HtmlForm.ParseAsync(await Editor.GetAsync("/admin"));
        Assert.NotNull(dashboard.QuerySelector($"section[aria-labelledby=translations-heading] a[href='/admin/articles/edit/{spanishId}?lang=es']"));

        // The translator brings the Spanish up to date beside the English and its changes, and ticks the box.
        var edit = $"/admin/articles/edit/{spanishId}?lang=es";
        var editPage = await HtmlForm.ParseAsync(await Editor.GetAsync(edit));
        Assert.Contains("latest trial", editPage.QuerySelector("aside.translation-source")!.TextContent, StringComparison.Ordinal);
        var box = editPage.QuerySelector("input[name='Form.IncludesOriginalVersion']")!;
        Assert.Equal(englishVersion.ToString(System.Globalization.CultureInfo.InvariantCulture), box.GetAttribute("value"));
        var form = HtmlForm.From(editPage, edit, EditForm).Set("Form.Body", "Un texto en español sobre el tratamiento.\n\nUn párrafo nuevo sobre el último ensayo.");

        // Saved without the box, it stays behind.
        var unticked = await form.PressAsync(Editor, "Publish");
        Assert.Equal(HttpStatusCode.Redirect, unticked.StatusCode);
        Assert.Contains(Behind, await Reader.GetStringAsync($"/es/articles/{slug}"), StringComparison.Ordinal);

        var again = $"/admin/articles/edit/{spanishId}?lang=es";
        var ticked = await HtmlForm.From(await HtmlForm.ParseAsync(await Editor.GetAsync(again)), again, EditForm)
            .Add("Form.IncludesOriginalVersion", englishVersion.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .PressAsync(Editor, "Publish");
        Assert.Equal(HttpStatusCode.Redirect, ticked.StatusCode);

        var upToDate = await Reader.GetStringAsync($"/es/articles/{slug}");
        Assert.DoesNotContain(Behind, upToDate, StringComparison.Ordinal);
        Assert.Contains("último ensayo", await Site.QueryAsync(db => db.Articles.IgnoreQueryFilters().Where(a => a.Id == spanishId).Select(a => a.BodyMarkdown).SingleAsync()), StringComparison.Ordinal);
        Assert.Equal("up to date", await StateAsync(slug));
        Assert.Equal(englishVersion, await Site.QueryAsync(db => db.Articles.IgnoreQueryFilters().Where(a => a.Id == spanishId).Select(a => a.SourceVersion).SingleAsync()));
    }

    [Fact]
    public async Task An_editor_edits_a_spanish_side_effect_beside_its_english_and_the_english_is_unchanged()
    {
        var englishId = await Site.IdOfAsync(db => db.SideEffects, SideEffect);
        var spanishId = await SpanishIdAsync(db => db.SideEffects, SideEffect);
        var englishBefore = await SideEffectAsync(englishId);
        var edit = $"/admin/side-effects/edit/{spanishId}?lang=es";

        var page = await HtmlForm.ParseAsync(await Editor.GetAsync(edit));
        var source = page.QuerySelector("aside.translation-source")!;
        Assert.Contains(englishBefore.Name, source.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("main form input[type=radio][name='Form.Urgency']")); // followed, shown read only
        Assert.Contains("Change it on the English item", page.QuerySelector("main form")!.TextContent, StringComparison.Ordinal);

        var saved = await HtmlForm.From(page, edit, EditForm)
            .Set("Form.Symptoms", "Fiebre alta, escalofríos y sensación de falta de aire, revisado.")
            .PressAsync(Editor, "Publish");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal($"/admin/side-effects/edit/{spanishId}?saved=true&lang=es", saved.Headers.Location!.OriginalString);
        Assert.Equal("Fiebre alta, escalofríos y sensación de falta de aire, revisado.", (await SideEffectAsync(spanishId)).Symptoms);
        Assert.Equal(englishBefore, await SideEffectAsync(englishId));
        Assert.Contains("revisado", await Reader.GetStringAsync("/es/side-effects"), StringComparison.Ordinal);
        Assert.DoesNotContain("revisado", await Reader.GetStringAsync("/side-effects"), StringComparison.Ordinal);

        // Its history is its own, in its own language.
        var history = await Editor.GetAsync($"/admin/history/sideeffect/{spanishId}?lang=es");
        Assert.Equal(HttpStatusCode.OK, history.StatusCode);
        Assert.Contains("revisado", await history.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_change_to_a_spanish_side_effects_safety_advice_needs_a_reviewer_as_an_english_one_does()
    {
        var spanishId = await SpanishIdAsync(db => db.SideEffects, SideEffect);
        var before = await SideEffectAsync(spanishId);
        var edit = $"/admin/side-effects/edit/{spanishId}?lang=es";

        var kept = await HtmlForm.From(await HtmlForm.ParseAsync(await Editor.GetAsync(edit)), edit, EditForm)
            .Set("Form.Management", "Llame al 112 de inmediato.")
            .PressAsync(Editor, "Publish");

        Assert.Equal(HttpStatusCode.OK, kept.StatusCode);
        var page = await HtmlForm.ParseAsync(kept);
        Assert.Contains("needs a reviewer", page.QuerySelector(".notice--warning")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await SideEffectAsync(spanishId));
        var draft = await Site.QueryAsync(db => db.ContentDrafts.SingleAsync(d => d.Kind == ContentKind.SideEffect && d.ContentId == spanishId));
        Assert.True(draft.SafetyCritical);
        var review = await Editor.GetStringAsync($"/admin/review/{draft.Id}");
        Assert.Contains("Spanish translation", review, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_translations_urgency_cannot_be_changed_by_a_posted_form()
    {
        var englishId = await Site.IdOfAsync(db => db.SideEffects, SideEffect);
        var spanishId = await SpanishIdAsync(db => db.SideEffects, SideEffect);
        var english = await SideEffectAsync(englishId);
        var edit = $"/admin/side-effects/edit/{spanishId}?lang=es";
        var lower = english.Urgency == Urgency.NextContact ? Urgency.Emergency : Urgency.NextContact;

        var posted = await HtmlForm.From(await HtmlForm.ParseAsync(await Editor.GetAsync(edit)), edit, EditForm)
            .Set("Form.Urgency", lower.ToString())
            .Set("Form.Order", "999")
            .Set("Form.Slug", "another-address")
            .Set("Form.Timing", "Suele empezar en los primeros días.")
            .PressAsync(Editor, "Publish");

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var stored = await SideEffectAsync(spanishId);
        Assert.Equal("Suele empezar en los primeros días.", stored.Timing);
        Assert.Equal(english.Urgency, stored.Urgency);
        Assert.Equal(english.Order, stored.Order);
        Assert.Equal(SideEffect, stored.Slug);
    }

    private async Task<int> SpanishIdAsync<T>(Func<Web.Data.TherapyGuideDbContext, IQueryable<T>> set, string slug)
        where T : ContentItem =>
        await Site.QueryAsync(db => set(db).IgnoreQueryFilters().Where(x => x.Language == "es" && x.Slug == slug).Select(x => x.Id).SingleAsync());

    private Task<(string Name, string Slug, Urgency Urgency, int Order, string Symptoms, string Timing, string Management, int Version)> SideEffectAsync(int id) =>
        Site.QueryAsync(async db =>
        {
            var s = await db.SideEffects.IgnoreQueryFilters().AsNoTracking().SingleAsync(x => x.Id == id);
            return (s.Name, s.Slug, s.Urgency, s.Order, s.Symptoms, s.Timing, s.Management, s.Version);
        });

    private async Task<string> StateAsync(string slug) => State(await HtmlForm.ParseAsync(await Editor.GetAsync("/admin/translations")), slug);

    private static string State(IHtmlDocument page, string slug) =>
        page.QuerySelector($"section[aria-labelledby=kind-article] tr[data-slug='{slug}'] .translation-state__text")!.TextContent.Trim();
}
