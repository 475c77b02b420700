using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TherapyGuide.Web.Content;
using TherapyGuide.Web.Content.Editing;
using TherapyGuide.Web.Content.Kinds;
using TherapyGuide.Web.Content.Search;
using TherapyGuide.Web.Data;
using TherapyGuide.Web.Languages;

namespace TherapyGuide.Tests.Search;

/// <summary>One site of its own for the Spanish search tests (one of them edits a Spanish glossary word).</summary>
public sealed class SpanishSearchSite : IDisposable
{
    // These tests search more often than a reader could in a minute; RequestLimitTests checks the limit itself.
    public TestSite Site { get; } = new() { Settings = { ["TherapyGuide:RateLimits:SearchPerMinute"] = "1000000" } };

    public void Dispose() => Site.Dispose();
}

public sealed class SpanishSearchTests(SpanishSearchSite fixture) : IClassFixture<SpanishSearchSite>
{
    private TestSite Site => fixture.Site;

    [Theory]
    [InlineData("celulas")]
    [InlineData("células")]
    [InlineData("CÉLULAS")]
    [InlineData("Celulas")]
    public async Task Accents_and_capitals_are_optional(string query)
    {
        var results = await ResultsAsync("/es/search?q=" + Uri.EscapeDataString(query));

        Assert.Contains("/es/glossary/b-cell", results);
        Assert.Equal(await ResultsAsync("/es/search?q=c%C3%A9lulas"), results);
    }

    [Fact]
    public async Task Inmunoterapia_is_found_however_it_is_typed()
    {
        var lower = await ResultsAsync("/es/search?q=inmunoterapia");

        Assert.NotEmpty(lower);
        Assert.Equal(lower, await ResultsAsync("/es/search?q=INMUNOTERAPIA"));
    }

    [Fact]
    public async Task Plurals_find_the_singular_by_their_snowball_stem()
    {
        Assert.Equal(SpanishText.Stem("fiebre"), SpanishText.Stem("fiebres"));
        Assert.Equal(SpanishText.Stem("células"), SpanishText.Stem("celulas"));

        var results = await ResultsAsync("/es/search?q=fiebres");

        Assert.Contains("/es/side-effects#cytokine-release-syndrome", results);
    }

    [Fact]
    public async Task Cansado_finds_the_tiredness_cards()
    {
        var results = await ResultsAsync("/es/search?q=cansado");

        Assert.Contains("/es/side-effects#tiredness-after-car-t", results);
        Assert.Contains("/es/side-effects#fatigue-immunotherapy", results);
    }

    [Fact]
    public async Task No_puedo_respirar_puts_the_emergency_side_effect_first()
    {
        using var client = Site.CreateClient();
        var page = await HtmlForm.ParseAsync(await client.GetAsync("/es/search?q=" + Uri.EscapeDataString("no puedo respirar")));

        var first = page.QuerySelector(".result")!;
        Assert.StartsWith("/es/side-effects#", first.QuerySelector(".result__title a")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.NotNull(first.QuerySelector(".result__advice--emergency"));
        Assert.Equal("Efecto secundario", first.QuerySelector(".result__kind")!.TextContent);
    }

    [Fact]
    public async Task Spanish_symptom_words_of_side_effects_are_searched()
    {
        // "calentura" and "tiritona" are only among the side effect's other words (other_words), not in its text.
        Assert.Contains("/es/side-effects#cytokine-release-syndrome", await ResultsAsync("/es/search?q=calentura"));
        Assert.Contains("/es/side-effects#cytokine-release-syndrome", await ResultsAsync("/es/search?q=tiritona"));
    }

    [Fact]
    public async Task The_spanish_page_links_to_spanish_pages_in_spanish_words_with_readable_snippets()
    {
        using var client = Site.CreateClient();
        var page = await HtmlForm.ParseAsync(await client.GetAsync("/es/search?q=celulas"));

        var links = page.QuerySelectorAll(".result__title a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, link => Assert.StartsWith("/es/", link, StringComparison.Ordinal));
        Assert.Contains("Resultados de la búsqueda", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/es/search", page.QuerySelector("form.search-page-form")!.GetAttribute("action"));
        Assert.Contains("resultado", page.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        // The snippet is the text as written, its matched word marked as written (with its accent), never a stem.
        var marks = page.QuerySelectorAll(".result__snippet mark").Select(m => m.TextContent).ToList();
        Assert.NotEmpty(marks);
        Assert.All(marks, mark => Assert.StartsWith("célula", mark, StringComparison.OrdinalIgnoreCase));
        var next = page.QuerySelector("a[rel=next]")?.GetAttribute("href");
        Assert.True(next is null || next.StartsWith("/es/search?", StringComparison.Ordinal), next);
    }

    [Fact]
    public async Task Nothing_found_is_said_in_spanish_with_spanish_links()
    {
        using var client = Site.CreateClient();
        var page = await HtmlForm.ParseAsync(await client.GetAsync("/es/search?q=quimioxyzzy"));

        Assert.Contains("No encontramos nada", page.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll(".result"));
        var main = page.QuerySelectorAll("main a[href^='/']").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Contains("/es/side-effects", main);
        Assert.DoesNotContain("/side-effects", main);
    }

    [Fact]
    public async Task English_search_is_unchanged_and_results_never_mix_languages()
    {
        var english = await ResultsAsync("/search?q=lupus");
        Assert.Equal("/articles/car-t-for-autoimmune-diseases", english[0]);
        Assert.DoesNotContain(english, link => link.StartsWith("/es/", StringComparison.Ordinal));
        Assert.Equal("/side-effects#cytokine-release-syndrome", (await ResultsAsync("/search?q=" + Uri.EscapeDataString("cytokine release syndrome")))[0]);

        // Spanish words are not in the English index, nor English words only in English pages in the Spanish one.
        Assert.Empty(await ResultsAsync("/search?q=calentura"));
        Assert.Empty(await ResultsAsync("/es/search?q=shivery"));
        var spanish = await ResultsAsync("/es/search?q=lupus");
        Assert.NotEmpty(spanish);
        Assert.All(spanish, link => Assert.StartsWith("/es/", link, StringComparison.Ordinal));
        Assert.Equal(spanish.Count, spanish.Distinct().Count());

        await using var scope = Site.Services.CreateAsyncScope();
        var search = scope.ServiceProvider.GetRequiredService<SiteSearch>();
        var inEnglish = await search.SearchAsync(SearchQuery.Terms("lupus"), 1, CancellationToken.None);
        var inSpanish = await search.SearchAsync(SiteLanguage.Spanish, SearchQuery.Terms("lupus", SiteLanguage.Spanish), 1, CancellationToken.None);
        Assert.DoesNotContain(inSpanish.Hits, hit => inEnglish.Hits.Any(e => e.Title == hit.Title && e.Snippet == hit.Snippet));
    }

    [Fact]
    public async Task A_spanish_item_saved_in_spanish_is_found_by_its_new_words_in_spanish_only()
    {
        await using (var scope = Site.Services.CreateAsyncScope())
        using (LanguageScope.Use(SiteLanguage.Spanish))
        {
            var db = scope.ServiceProvider.GetRequiredService<TherapyGuideDbContext>();
            var term = await db.GlossaryTerms.AsNoTracking().SingleAsync(t => t.Slug == "b-cell");
            Assert.Equal("es", term.Language);
            var form = GlossaryForm.From(term);
            form.Definition += " Palabra de prueba: zarzaparrillosas.";
            var saved = await scope.ServiceProvider.GetRequiredService<ContentStore>()
                .SaveAsync<GlossaryTerm, GlossaryForm>(term.Id, form, "editor@example.org", note: null, CancellationToken.None);
            Assert.Equal(SaveOutcome.Saved, saved.Outcome);
        }

        Assert.Equal(["/es/glossary/b-cell"], await ResultsAsync("/es/search?q=zarzaparrillosa"));
        Assert.Empty(await ResultsAsync("/search?q=zarzaparrillosa"));
        // The English term is still found in English, and the Spanish one still once in Spanish.
        Assert.Contains("/glossary/b-cell", await ResultsAsync("/search?q=" + Uri.EscapeDataString("B cell")));
        Assert.Single(await ResultsAsync("/es/search?q=zarzaparrillosas"));
    }

    [Fact]
    public void Snippets_mark_the_words_as_written()
    {
        var (stems, prefixes) = SearchQuery.SpanishStems(SearchQuery.Terms("celulas", SiteLanguage.Spanish));

        var snippet = SpanishText.Snippet("Algunas células B fabrican anticuerpos.", stems, prefixes, 14);

        Assert.Equal("Algunas \u0001células\u0002 B fabrican anticuerpos.", snippet);
    }

    [Fact]
    public void Spanish_filler_words_are_dropped_and_no_english_spellings_are_tried()
    {
        Assert.Equal(["respirar"], SearchQuery.Terms("¿No puedo respirar?", SiteLanguage.Spanish));
        Assert.Equal(["tumor"], SearchQuery.Terms("tumor", SiteLanguage.Spanish));
        Assert.DoesNotContain("tumour", SearchQuery.ToSpanishFts(["tumor"]), StringComparison.Ordinal);
    }

    private async Task<List<string>> ResultsAsync(string address)
    {
        using var client = Site.CreateClient();
        var page = await HtmlForm.ParseAsync(await client.GetAsync(address));
        return page.QuerySelectorAll(".result__title a").Select(a => a.GetAttribute("href")!).ToList();
    }
}

/// <summary>The same searches on PostgreSQL: unaccent and the Snowball Spanish stemmer in the 'therapyguide_es' configuration.</summary>
public sealed class SpanishSearchOnPostgreSqlTests(PostgreSqlSite postgreSql) : IClassFixture<PostgreSqlSite>
{
    [PostgreSqlTheory]
    [InlineData("celulas", "b-cell")]
    [InlineData("CÉLULAS", "b-cell")]
    [InlineData("fiebres", "cytokine-release-syndrome")]
    [InlineData("calentura", "cytokine-release-syndrome")]
    [InlineData("cansado", "tiredness-after-car-t")]
    public async Task Spanish_words_are_found_without_accents_and_by_their_stems(string query, string slug)
    {
        var results = await SearchAsync(SiteLanguage.Spanish, query);

        Assert.Contains(results.Hits, hit => hit.Slug == slug);
    }

    [PostgreSqlFact]
    public async Task No_puedo_respirar_puts_the_emergency_side_effect_first()
    {
        var results = await SearchAsync(SiteLanguage.Spanish, "no puedo respirar");

        Assert.Equal(ContentKindRegistry.SideEffect.StoredName, results.Hits[0].Kind);
        Assert.Equal(Urgency.Emergency, results.Hits[0].Advice!.Level);
        Assert.Contains("\u0001", string.Concat(results.Hits.Select(h => h.Snippet)), StringComparison.Ordinal);
    }

    [PostgreSqlFact]
    public async Task The_spanish_page_links_to_spanish_pages_and_english_is_unchanged()
    {
        using var client = postgreSql.Site.CreateClient();
        var spanish = await HtmlForm.ParseAsync(await client.GetAsync("/es/search?q=celulas"));
        var links = spanish.QuerySelectorAll(".result__title a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Contains("/es/glossary/b-cell", links);
        Assert.All(links, link => Assert.StartsWith("/es/", link, StringComparison.Ordinal));

        var english = await SearchAsync(SiteLanguage.English, "lupus");
        Assert.Equal("car-t-for-autoimmune-diseases", english.Hits[0].Slug);
        Assert.Empty((await SearchAsync(SiteLanguage.English, "calentura")).Hits);
        Assert.Empty((await SearchAsync(SiteLanguage.Spanish, "shivery")).Hits);
    }

    private async Task<SearchResults> SearchAsync(SiteLanguage language, string query)
    {
        await using var scope = postgreSql.Site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SiteSearch>()
            .SearchAsync(language, SearchQuery.Terms(query, language), 1, CancellationToken.None);
    }
}
