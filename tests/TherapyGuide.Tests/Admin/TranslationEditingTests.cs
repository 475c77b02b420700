using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using TherapyGuide.Web.Content;
using TherapyGuide.Web.Data;

namespace TherapyGuide.Tests.Admin;

/// <summary>
/// Every translated kind's edit page, as a translator uses it: the English original beside the form, what the translation
/// follows from the original shown read only, and a posted form that tries to change a followed field saving the
/// translation's own text while the original's value stays.
/// </summary>
public sealed class TranslationEditingTests(SharedSite shared) : EditorAndReaderTest(shared, "editor@example.org"), IClassFixture<SharedSite>
{
    private const string EditForm = "main form[novalidate]";

    [Fact]
    public async Task A_spanish_comparison_row_is_edited_beside_its_english_and_keeps_the_english_position_and_address()
    {
        var (english, spanishId) = await PairAsync(db => db.ComparisonAspects);
        var edit = $"/admin/comparison/edit/{spanishId}?lang=es";
        var page = await OpenTranslationAsync(edit, $"/admin/comparison/edit/{english.Id}", english.Aspect, "Form.Order", "Form.Slug");

        var saved = await HtmlForm.From(page, edit, EditForm)
            .Set("Form.Order", (english.Order + 50).ToString(CultureInfo.InvariantCulture))
            .Set("Form.Slug", "another-address")
            .Set("Form.CarT", "Se está probando en ensayos clínicos, revisado.")
            .PressAsync(Editor, "Publish");

        AssertPublished(saved, $"/admin/comparison/edit/{spanishId}?saved=true&lang=es");
        var stored = await StoredAsync(db => db.ComparisonAspects, spanishId);
        Assert.Equal("Se está probando en ensayos clínicos, revisado.", stored.CarT);
        Assert.Equal(english.Order, stored.Order);
        Assert.Equal(english.Slug, stored.Slug);
    }

    [Fact]
    public async Task A_spanish_condition_is_edited_beside_its_english_and_keeps_the_english_kind_statuses_and_position()
    {
        var (english, spanishId) = await PairAsync(db => db.Conditions);
        var edit = $"/admin/conditions/edit/{spanishId}?lang=es";
        var page = await OpenTranslationAsync(edit, $"/admin/conditions/edit/{english.Id}", english.Name,
            "Form.Slug", "Form.IllnessKind", "Form.Order", "Form.ImmunotherapyStatus", "Form.CarTStatus");

        var saved = await HtmlForm.From(page, edit, EditForm)
            .Set("Form.IllnessKind", Other(english.Kind).ToString())
            .Set("Form.ImmunotherapyStatus", Other(english.ImmunotherapyStatus).ToString())
            .Set("Form.CarTStatus", Other(english.CarTStatus).ToString())
            .Set("Form.Order", (english.Order + 50).ToString(CultureInfo.InvariantCulture))
            .Set("Form.Summary", "Una enfermedad explicada en palabras sencillas.")
            .PressAsync(Editor, "Publish");

        AssertPublished(saved, $"/admin/conditions/edit/{spanishId}?saved=true&lang=es");
        var stored = await StoredAsync(db => db.Conditions, spanishId);
        Assert.Equal("Una enfermedad explicada en palabras sencillas.", stored.Summary);
        Assert.Equal(
            (english.Kind, english.ImmunotherapyStatus, english.CarTStatus, english.Order, english.Slug),
            (stored.Kind, stored.ImmunotherapyStatus, stored.CarTStatus, stored.Order, stored.Slug));
    }

    [Fact]
    public async Task A_spanish_glossary_term_is_edited_beside_its_english_and_keeps_the_english_address()
    {
        var (english, spanishId) = await PairAsync(db => db.GlossaryTerms);
        var edit = $"/admin/glossary/edit/{spanishId}?lang=es";
        var page = await OpenTranslationAsync(edit, $"/admin/glossary/edit/{english.Id}", english.Definition, "Form.Slug");

        var saved = await HtmlForm.From(page, edit, EditForm)
            .Set("Form.Slug", "another-address")
            .Set("Form.Definition", "Una definición en palabras sencillas.")
            .PressAsync(Editor, "Publish");

        AssertPublished(saved, $"/admin/glossary/edit/{spanishId}?saved=true&lang=es");
        var stored = await StoredAsync(db => db.GlossaryTerms, spanishId);
        Assert.Equal("Una definición en palabras sencillas.", stored.Definition);
        Assert.Equal(english.Slug, stored.Slug);
    }

    [Fact]
    public async Task A_new_glossary_translation_starts_beside_the_english_text_and_takes_the_english_address()
    {
        var (english, spanishId) = await PairAsync(db => db.GlossaryTerms);
        await Site.ExecuteAsync(db => db.GlossaryTerms.IgnoreQueryFilters().Where(t => t.Id == spanishId).ExecuteDeleteAsync());
        var create = $"/admin/glossary/edit?lang=es&source={english.Id}";

        var page = await HtmlForm.ParseAsync(await Editor.GetAsync(create));

        Assert.Equal($"New Spanish translation: {english.Term}", page.QuerySelector("h1")!.TextContent);
        Assert.Contains(english.Definition, page.QuerySelector(".side-by-side aside.translation-source")!.TextContent, StringComparison.Ordinal);
        Assert.Null(EditableControl(page, "Form.Slug"));
        var created = await HtmlForm.From(page, create, EditForm)
            .Set("Form.Term", "Término traducido")
            .Set("Form.Aliases", "")
            .Set("Form.Definition", "Una definición nueva en español.")
            .PressAsync(Editor, "Publish");

        Assert.True(created.StatusCode == HttpStatusCode.Redirect, await created.Content.ReadAsStringAsync());
        var stored = await Site.QueryAsync(db => db.GlossaryTerms.IgnoreQueryFilters().AsNoTracking()
            .SingleAsync(t => t.Language == "es" && t.SourceId == english.Id));
        Assert.Equal(("Término traducido", english.Slug, english.Version), (stored.Term, stored.Slug, stored.SourceVersion));
    }

    [Fact]
    public async Task A_spanish_question_group_is_edited_beside_its_english_and_keeps_the_english_position_and_address()
    {
        var (english, spanishId) = await PairAsync(db => db.QuestionGroups);
        var edit = $"/admin/questions/edit/{spanishId}?lang=es";
        var page = await OpenTranslationAsync(edit, $"/admin/questions/edit/{english.Id}", english.Heading, "Form.Order", "Form.Slug");

        var saved = await HtmlForm.From(page, edit, EditForm)
            .Set("Form.Order", (english.Order + 50).ToString(CultureInfo.InvariantCulture))
            .Set("Form.Slug", "another-address")
            .Set("Form.Questions", "¿Por qué me recomiendan este tratamiento?\n¿Qué pasa si no lo hago?")
            .PressAsync(Editor, "Publish");

        AssertPublished(saved, $"/admin/questions/edit/{spanishId}?saved=true&lang=es");
        var stored = await StoredAsync(db => db.QuestionGroups, spanishId);
        Assert.Equal(["¿Por qué me recomiendan este tratamiento?", "¿Qué pasa si no lo hago?"], stored.Questions);
        Assert.Equal(english.Order, stored.Order);
        Assert.Equal(english.Slug, stored.Slug);
    }

    [Fact]
    public async Task A_spanish_urgent_help_block_is_edited_beside_its_english_and_its_change_waits_for_a_reviewer_at_the_english_address()
    {
        var (english, spanishId) = await PairAsync(db => db.UrgentHelp);
        var before = await StoredAsync(db => db.UrgentHelp, spanishId);
        var edit = $"/admin/urgent-help/edit/{spanishId}?lang=es";
        // Its address is fixed and never on the form, in either language.
        var page = await OpenTranslationAsync(edit, $"/admin/urgent-help/edit/{english.Id}", english.EmergencyAction);
        Assert.Null(page.QuerySelector("main form [name='Form.Slug']"));

        var kept = await HtmlForm.From(page, edit, EditForm)
            .Set("Form.Note", "Lleve siempre con usted el número de su centro de tratamiento, revisado.")
            .PressAsync(Editor, "Publish");

        // All of it is safety advice: kept as a draft for a reviewer, in Spanish, at the English address.
        Assert.Equal(HttpStatusCode.OK, kept.StatusCode);
        Assert.Contains("needs a reviewer", (await HtmlForm.ParseAsync(kept)).QuerySelector(".notice--warning")!.TextContent, StringComparison.Ordinal);
        var draft = await Site.QueryAsync(db => db.ContentDrafts.AsNoTracking().SingleAsync(d => d.Kind == ContentKind.UrgentHelp && d.ContentId == spanishId));
        Assert.Contains("revisado", draft.Snapshot, StringComparison.Ordinal);
        Assert.Contains($"\"slug\":\"{english.Slug}\"", draft.Snapshot, StringComparison.Ordinal);
        Assert.Equal(before.Note, (await StoredAsync(db => db.UrgentHelp, spanishId)).Note);
    }

    [Fact]
    public async Task A_spanish_articles_related_articles_are_the_english_ones_shown_read_only()
    {
        var (english, spanishId) = await PairAsync(db => db.Articles);
        var other = await Site.QueryAsync(db => db.Articles.Where(a => a.Slug != english.Slug && !english.RelatedSlugs.Contains(a.Slug)).Select(a => a.Slug).FirstAsync());
        var edit = $"/admin/articles/edit/{spanishId}?lang=es";
        var page = await HtmlForm.ParseAsync(await Editor.GetAsync(edit));
        Assert.Null(page.QuerySelector("main form input[type=checkbox][name='Form.Related']"));
        Assert.Contains("Related articles:", page.QuerySelector(EditForm)!.TextContent, StringComparison.Ordinal);

        var saved = await HtmlForm.From(page, edit, EditForm)
            .Add("Form.Related", other)
            .Set("Form.Summary", "Un resumen en español, revisado.")
            .PressAsync(Editor, "Publish");

        AssertPublished(saved, $"/admin/articles/edit/{spanishId}?saved=true&lang=es");
        var stored = await StoredAsync(db => db.Articles, spanishId);
        Assert.Equal("Un resumen en español, revisado.", stored.Summary);
        Assert.Equal(english.RelatedSlugs, stored.RelatedSlugs);
    }

    /// <summary>
    /// Opens a translation's edit page: the English original beside the form, and each followed field read only (a
    /// hidden value, no control); the English item's own page still has every control and no original beside it.
    /// </summary>
    private async Task<IHtmlDocument> OpenTranslationAsync(string edit, string englishEdit, string englishText, params string[] followed)
    {
        var response = await Editor.GetAsync(edit);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlForm.ParseAsync(response);
        Assert.StartsWith("Edit Spanish translation: ", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(englishText, page.QuerySelector(".side-by-side > aside.translation-source")!.TextContent, StringComparison.Ordinal);
        foreach (var name in followed)
        {
            Assert.Null(EditableControl(page, name));
            Assert.NotNull(page.QuerySelector($"main form input[type=hidden][name='{name}']"));
        }

        if (followed.Length > 0)
        {
            Assert.Contains("Change it on the English item", page.QuerySelector(EditForm)!.TextContent, StringComparison.Ordinal);
        }

        var englishPage = await HtmlForm.ParseAsync(await Editor.GetAsync(englishEdit));
        Assert.Null(englishPage.QuerySelector("aside.translation-source"));
        Assert.Null(englishPage.QuerySelector(".field--followed"));
        foreach (var name in followed)
        {
            Assert.NotNull(EditableControl(englishPage, name));
        }

        return page;
    }

    private static AngleSharp.Dom.IElement? EditableControl(IHtmlDocument page, string name) =>
        page.QuerySelector($"main form select[name='{name}'], main form textarea[name='{name}'], main form input[name='{name}']:not([type=hidden])");

    private static void AssertPublished(HttpResponseMessage response, string location)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(location, response.Headers.Location!.OriginalString);
    }

    /// <summary>The first English item of a kind that has a Spanish translation, and that translation's id.</summary>
    private Task<(T English, int SpanishId)> PairAsync<T>(Func<TherapyGuideDbContext, IQueryable<T>> set)
        where T : ContentItem =>
        Site.QueryAsync(async db =>
        {
            var spanish = await set(db).IgnoreQueryFilters().AsNoTracking()
                .Where(x => x.Language == "es" && x.SourceId != null).OrderBy(x => x.Id).FirstAsync();
            var english = await set(db).IgnoreQueryFilters().AsNoTracking().SingleAsync(x => x.Id == spanish.SourceId);
            return (english, spanish.Id);
        });

    private Task<T> StoredAsync<T>(Func<TherapyGuideDbContext, IQueryable<T>> set, int id)
        where T : ContentItem =>
        Site.QueryAsync(db => set(db).IgnoreQueryFilters().AsNoTracking().SingleAsync(x => x.Id == id));

    private static TEnum Other<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().First(v => !v.Equals(value));
}
