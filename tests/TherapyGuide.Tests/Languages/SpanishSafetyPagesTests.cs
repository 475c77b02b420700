using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TherapyGuide.Web.Content;

namespace TherapyGuide.Tests.Languages;

/// <summary>
/// The safety pages in Spanish (/es/side-effects, /es/compare, /es/conditions): the site's own words around the content,
/// the urgency of every side effect above all, come out in Spanish, and a side effect not translated yet is still shown,
/// in English, saying so.
/// </summary>
public sealed class SpanishSafetyPagesTests(SharedSite shared) : IClassFixture<SharedSite>, IAsyncLifetime, IDisposable
{
    private const string EmergencyNumbers = "112 en Europa, 911 en EE. UU. y Canadá, 999 en el Reino Unido";

    private static readonly Dictionary<Urgency, string> SpanishUrgency = new()
    {
        [Urgency.Emergency] = "Emergencia: pida ayuda de inmediato",
        [Urgency.ContactNow] = "Comuníquese ahora con su equipo médico",
        [Urgency.NextContact] = "Dígaselo a su equipo médico en su próxima cita o llamada",
    };

    /// <summary>English words of these pages' own (not the content's): none may be left on the Spanish pages.</summary>
    private static readonly string[] EnglishUiWords =
    [
        "Side effects and when to get help", "What are you noticing?", "Choose what you feel", "After CAR-T<", "During or after immunotherapy",
        "What the cards mean", "Each card below", "Side effects by treatment", "Emergency: get help straight away",
        "Contact your care team now", "Tell your care team at your next contact", "Mention it at your next appointment",
        "Phone your care team now", "For trouble breathing", "Doctors call this", "What it can feel like", "When it tends to happen",
        "How it is managed", "Always follow the instructions", "Your care team’s 24-hour number", "Immunotherapy and CAR-T side by side",
        "How immunotherapy and CAR-T cell therapy compare", ">Question<", "data-label=\"Immunotherapy\"", "data-label=\"CAR-T cell therapy\"",
        "For each question below", "Want to know more?", "Which illnesses each treatment is used for", "What the labels mean",
        "Used for this illness", "Usually after other treatments", "Being tested in clinical trials", "Our sources don't say",
        "where immunotherapy and CAR-T stand", ">Illness<", ">Cancers<", ">Autoimmune diseases<", "Not translated yet",
    ];

    private static readonly string[] SpanishColumns = ["Inmunoterapia", "Terapia de células CAR-T"];

    private TestSite _site = null!;
    private HttpClient _reader = null!;

    public async Task InitializeAsync()
    {
        _site = await shared.FreshAsync();
        _reader = _site.CreateClient(new() { AllowAutoRedirect = false });
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _reader?.Dispose();

    [Theory]
    [InlineData("/es/side-effects", "Efectos secundarios y cuándo pedir ayuda")]
    [InlineData("/es/compare", "La inmunoterapia y CAR-T, lado a lado")]
    [InlineData("/es/conditions", "Para qué enfermedades se usa cada tratamiento")]
    public async Task The_page_is_in_Spanish_with_no_English_words_of_its_own_left(string address, string heading)
    {
        var (page, html) = await GetAsync(address);

        Assert.Equal("es", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(heading, page.QuerySelector("main h1")!.TextContent.Trim());
        Assert.StartsWith(heading, page.Title, StringComparison.Ordinal);
        var main = page.QuerySelector("main")!.OuterHtml;
        Assert.All(EnglishUiWords, english => Assert.DoesNotContain(english, main, StringComparison.Ordinal));
        // Everything here is translated: no item says it is shown in English, none carries another language.
        Assert.Empty(page.QuerySelectorAll("main [lang=en]"));
        Assert.DoesNotContain("Aún no está traducido", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Side_effects_shows_every_side_effects_urgency_in_Spanish_and_the_emergency_numbers_Spanish_readers_need_first()
    {
        var effects = await _site.QueryAsync(db => db.SideEffects.IgnoreQueryFilters().Where(s => s.Language == "es")
            .Select(s => new { s.Slug, s.Urgency }).ToListAsync());
        Assert.NotEmpty(effects);

        var (page, _) = await GetAsync("/es/side-effects");

        foreach (var effect in effects)
        {
            var card = page.GetElementById(effect.Slug);
            Assert.NotNull(card);
            Assert.Equal(SpanishUrgency[effect.Urgency], card.QuerySelector(".care-card__level")!.TextContent);
            Assert.Null(card.GetAttribute("lang"));
            if (effect.Urgency == Urgency.Emergency)
            {
                var advice = card.QuerySelector(".care-card__advice")!.TextContent;
                Assert.Contains("llame al número de emergencias (" + EmergencyNumbers + ")", advice, StringComparison.Ordinal);
                Assert.Contains("de día o de noche", advice, StringComparison.Ordinal);
            }
        }

        // The key explains the same three levels in the same words, most urgent first.
        var key = page.QuerySelectorAll(".urgency-key .care-card__level").Select(l => l.TextContent).ToList();
        Assert.Equal([SpanishUrgency[Urgency.Emergency], SpanishUrgency[Urgency.ContactNow], SpanishUrgency[Urgency.NextContact]], key);
        Assert.Contains(page.QuerySelectorAll(".signs__level"), l => l.TextContent == "Emergencia");
        Assert.Contains(page.QuerySelectorAll(".signs__therapy"), h => h.TextContent == "Después de CAR-T");
        Assert.Equal(3, page.QuerySelectorAll(".urgency-key .care-card__advice").Length);
        Assert.Contains(EmergencyNumbers, page.QuerySelector(".urgency-key")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_side_effect_with_no_Spanish_translation_is_still_shown_in_English_saying_so_under_its_Spanish_urgency()
    {
        await _site.ExecuteAsync(db => db.SideEffects.IgnoreQueryFilters()
            .Where(s => s.Language == "es" && s.Slug == "cytokine-release-syndrome").ExecuteDeleteAsync());
        await using (var scope = _site.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ContentChanges>().ChangedAsync(ContentKind.SideEffect, ["cytokine-release-syndrome"]);
        }

        var (page, _) = await GetAsync("/es/side-effects");

        var card = page.GetElementById("cytokine-release-syndrome");
        Assert.NotNull(card);
        Assert.Equal("en", card.GetAttribute("lang"));
        Assert.Equal("Fever, chills or trouble breathing after CAR-T", card.QuerySelector("h3")!.TextContent);
        var note = card.QuerySelector(".translation-note");
        Assert.NotNull(note);
        Assert.Equal("es", note.GetAttribute("lang"));
        Assert.Contains("Aún no está traducido", note.TextContent, StringComparison.Ordinal);
        // The site's own words on it stay Spanish, and say so: the urgency is never lost in translation.
        var level = card.QuerySelector(".care-card__level")!;
        Assert.Equal(SpanishUrgency[Urgency.Emergency], level.TextContent);
        Assert.Equal("es", level.GetAttribute("lang"));
        Assert.Contains(EmergencyNumbers, card.QuerySelector(".care-card__advice")!.TextContent, StringComparison.Ordinal);
        // The translated cards carry no note.
        Assert.Single(page.QuerySelectorAll("main .care-card .translation-note"));
    }

    [Fact]
    public async Task Compare_and_conditions_tables_label_their_columns_and_statuses_in_Spanish()
    {
        var (compare, _) = await GetAsync("/es/compare");
        Assert.Equal("Cómo se comparan la inmunoterapia y la terapia de células CAR-T", compare.QuerySelector("table.compare caption")!.TextContent);
        Assert.Equal(["Pregunta", "Inmunoterapia", "Terapia de células CAR-T"], compare.QuerySelectorAll("table.compare thead th").Select(t => t.TextContent));
        Assert.All(compare.QuerySelectorAll("table.compare td"), td => Assert.Contains(td.GetAttribute("data-label"), SpanishColumns));

        var (conditions, _) = await GetAsync("/es/conditions");
        Assert.Equal("Qué significan las etiquetas", conditions.QuerySelector(".status-key h2")!.TextContent);
        Assert.Contains(conditions.QuerySelectorAll("table.conditions caption"), c => c.TextContent == "Tipos de cáncer: la situación de la inmunoterapia y CAR-T");
        var statuses = conditions.QuerySelectorAll("table.conditions .status").Select(s => s.TextContent).Distinct().ToList();
        Assert.Contains("Se usa para esta enfermedad", statuses);
        Assert.Contains("En estudio en ensayos clínicos", statuses);
        Assert.All(conditions.QuerySelectorAll("table.conditions td"), td => Assert.Contains(td.GetAttribute("data-label"), SpanishColumns));
    }

    [Fact]
    public async Task Topics_and_urgency_from_ContentLabels_are_Spanish_on_other_reader_pages_too()
    {
        var (articles, _) = await GetAsync("/es/articles");
        Assert.Contains(articles.QuerySelectorAll("main h2"), h => h.TextContent == "Lo básico");
    }

    [Theory]
    [InlineData("/side-effects", "Emergency: get help straight away")]
    [InlineData("/side-effects", "call 999 (112 in Europe, 911 in the US and Canada)")]
    [InlineData("/compare", "How immunotherapy and CAR-T cell therapy compare")]
    [InlineData("/conditions", "Being tested in clinical trials")]
    public async Task The_English_pages_keep_their_English_words(string address, string english)
    {
        var (page, html) = await GetAsync(address);

        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Contains(english, html, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("main [lang]"));
        Assert.Empty(page.QuerySelectorAll(".translation-note"));
    }

    private async Task<(IHtmlDocument Page, string Html)> GetAsync(string address)
    {
        var response = await _reader.GetAsync(address);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        using var again = new HttpResponseMessage { Content = new StringContent(html) };
        return (await HtmlForm.ParseAsync(again), html);
    }
}
