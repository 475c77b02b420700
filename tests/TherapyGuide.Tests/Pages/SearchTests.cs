using System.Net;

namespace TherapyGuide.Tests.Pages;

[Collection(PublicSite.Collection)]
public sealed class SearchTests(PublicSite site)
{
    private static readonly string[] _kinds = ["Article", "Side effect", "Word", "Condition", "Comparison"];

    [Theory]
    [InlineData("cytokine release syndrome", "/side-effects#cytokine-release-syndrome")]
    [InlineData("cytokine release", "/side-effects#cytokine-release-syndrome")]
    [InlineData("lupus", "/articles/car-t-for-autoimmune-diseases")]
    [InlineData("LUPUS", "/articles/car-t-for-autoimmune-diseases")]
    [InlineData("CD19", "/glossary/cd19")]
    [InlineData("what is a T cell?", "/glossary/t-cell")]
    [InlineData("rash", "/side-effects#skin-rash")]
    [InlineData("infusion", "/glossary/infusion")]
    [InlineData("infusions", "/glossary/infusion")]
    [InlineData("infus", "/glossary/infusion")]
    [InlineData("hospital stay", "/articles/what-treatment-is-like")]
    [InlineData("cost", "/articles/car-t-autoimmune-risks-cost-and-research")]
    public async Task Realistic_queries_put_the_obvious_page_first(string query, string expected)
    {
        var results = await ResultsAsync(query);

        Assert.NotEmpty(results);
        Assert.Equal(expected, results[0]);
    }

    [Theory]
    [InlineData("CAR-T")]
    [InlineData("car t")]
    [InlineData("CART")]
    [InlineData("car-t")]
    [InlineData("Car T")]
    public async Task Car_t_is_found_however_it_is_typed(string query)
    {
        var results = await ResultsAsync(query);
        var reference = await ResultsAsync("CAR-T");

        Assert.True(results.Count >= 5, $"{query} found {results.Count}");
        Assert.Equal(reference[0], results[0]);
        Assert.True(reference.Take(3).Intersect(results.Take(3)).Count() >= 2, $"{query}: {string.Join(", ", results.Take(3))}");
    }

    [Fact]
    public async Task Results_show_the_kind_a_highlighted_snippet_and_pages()
    {
        using var client = site.App.CreateClient();

        var page = await HtmlForm.ParseAsync(await client.GetAsync("/search?q=immune"));

        var first = page.QuerySelector(".result")!;
        Assert.Contains(first.QuerySelector(".result__kind")!.TextContent, _kinds);
        Assert.NotEmpty(page.QuerySelectorAll(".result__snippet mark"));
        Assert.Equal(10, page.QuerySelectorAll(".result").Length);
        var next = page.QuerySelector("a[rel=next]")!.GetAttribute("href")!;
        var second = await HtmlForm.ParseAsync(await client.GetAsync(next));
        Assert.NotNull(second.QuerySelector("a[rel=prev]"));
        Assert.Equal("11", second.QuerySelector("ol.results")!.GetAttribute("start"));
    }

    [Fact]
    public async Task Nothing_found_suggests_glossary_words_and_the_main_pages()
    {
        using var client = site.App.CreateClient();

        var page = await HtmlForm.ParseAsync(await client.GetAsync("/search?q=chemoxyzzy"));

        Assert.Contains("We found nothing", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.NotEmpty(page.QuerySelectorAll(".suggestions a[href^='/glossary/']"));
        Assert.NotNull(page.QuerySelector("main a[href='/compare']"));
    }

    public static TheoryData<string> HostileQueries() =>
    [
        "\"", "\"\"\"", "'", "*", "**", "lupus*", "*lupus", "NEAR(", "NEAR(lupus cancer, 2)", "lupus AND", "OR", "AND OR NOT",
        "NOT lupus", "title:lupus", "body:cancer", "{title body}: lupus", "(", ")", "((lupus", "lupus))", "[", "]", "^lupus",
        "lupus + cancer", "-lupus", "'; DROP TABLE Articles; --", "1' OR '1'='1", "\" OR 1=1 --", "SELECT * FROM AspNetUsers",
        "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "javascript:alert(1)", "%00", "\u0000\u0001\u0002",
        "\u202e\u200b\ufeff", "😀 lupus 😀", "ÆØÅ ünïcödé", "ｌｕｐｕｓ", new string('a', 3_000), string.Join(' ', Enumerable.Repeat("lupus", 500)),
        "\\", "\\\"", "col:", ":", "a:b:c", "lupus NEAR/3 cancer", "\r\n\t", "🤒", "%", "_", "%25", "lupus OR (cancer AND NOT \"CAR\"",
    ];

    [Theory]
    [MemberData(nameof(HostileQueries))]
    public async Task Any_query_gets_a_normal_page_never_a_500_and_nothing_live(string query)
    {
        using var client = site.App.CreateClient();

        var response = await client.GetAsync("/search?q=" + Uri.EscapeDataString(query));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlForm.ParseAsync(response);
        Assert.StartsWith("Search", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(LiveMarkup.Find(page.QuerySelector("main")!.InnerHtml, "form"));
    }

    [Theory]
    [InlineData("/search?q=lupus&page=abc")]
    [InlineData("/search?q=lupus&page=-3")]
    [InlineData("/search?q=lupus&page=99999999999")]
    [InlineData("/search?q=lupus&page=500")]
    [InlineData("/search?q=lupus&q=cancer")]
    [InlineData("/search")]
    public async Task Odd_page_numbers_and_repeated_parameters_still_answer_normally(string address)
    {
        using var client = site.App.CreateClient();

        var response = await client.GetAsync(address);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Every_page_has_a_search_box_that_works_without_scripts()
    {
        using var client = site.App.CreateClient();

        var page = await HtmlForm.ParseAsync(await client.GetAsync("/compare"));

        var form = page.QuerySelector("form[role=search]")!;
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal("/search", form.GetAttribute("action"));
        var input = form.QuerySelector("input[name=q]")!;
        Assert.NotNull(page.QuerySelector($"label[for='{input.Id}']"));
    }

    public static TheoryData<string, string> SpellingPairs() => new()
    {
        { "leukemia", "leukaemia" }, { "tumor", "tumour" }, { "tumors", "tumours" }, { "anemia", "anaemia" },
        { "hemoglobin", "haemoglobin" }, { "diarrhea", "diarrhoea" }, { "edema", "oedema" }, { "esophagus", "oesophagus" },
        { "estrogen", "oestrogen" }, { "pediatric", "paediatric" }, { "hematology", "haematology" }, { "anesthetic", "anaesthetic" },
        { "center", "centre" }, { "color", "colour" }, { "behavior", "behaviour" }, { "fiber", "fibre" }, { "liter", "litre" },
        { "specialized", "specialised" }, { "organization", "organisation" }, { "analyze", "analyse" }, { "celiac", "coeliac" },
        { "fetus", "foetus" }, { "gray", "grey" }, { "solid tumor", "solid tumour" }, { "leukemia treatment", "leukaemia treatment" },
    };

    [Theory]
    [MemberData(nameof(SpellingPairs))]
    public async Task American_and_British_spellings_find_the_same_results(string american, string british)
    {
        var (usCount, us) = await CountedResultsAsync(american);
        var (ukCount, uk) = await CountedResultsAsync(british);

        Assert.Equal(ukCount, usCount);
        Assert.Equal(uk, us);
    }

    [Theory]
    [InlineData("leukemia", 6)]
    [InlineData("tumor", 7)]
    [InlineData("diarrhea", 6)]
    public async Task American_spellings_find_what_is_written_in_british_english(string american, int atLeast)
    {
        var (status, _) = await CountedResultsAsync(american);

        var count = int.Parse(status.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(count >= atLeast, $"{american}: {status}");
    }

    [Theory]
    [InlineData("hot and shivery")]
    [InlineData("shivering")]
    [InlineData("999")]
    [InlineData("911")]
    public async Task What_a_worried_reader_types_finds_what_to_do_first(string query)
    {
        using var client = site.App.CreateClient();
        var page = await HtmlForm.ParseAsync(await client.GetAsync("/search?q=" + Uri.EscapeDataString(query)));

        // The first result is the urgent help or a side effect's card, and says at once how urgent it is and what to do.
        var first = page.QuerySelector(".result")!;
        Assert.StartsWith("/side-effects#", first.QuerySelector(".result__title a")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.NotEmpty(first.QuerySelector(".result__advice .result__action")!.TextContent.Trim());
    }

    private async Task<(string Count, List<string> Results)> CountedResultsAsync(string query)
    {
        using var client = site.App.CreateClient();
        var page = await HtmlForm.ParseAsync(await client.GetAsync("/search?q=" + Uri.EscapeDataString(query)));
        var status = page.QuerySelector("main [role=status]")?.TextContent ?? "";
        return (status.Replace(query, "", StringComparison.Ordinal), page.QuerySelectorAll(".result__title a").Select(a => a.GetAttribute("href")!).ToList());
    }

    private async Task<List<string>> ResultsAsync(string query)
    {
        using var client = site.App.CreateClient();
        var page = await HtmlForm.ParseAsync(await client.GetAsync("/search?q=" + Uri.EscapeDataString(query)));
        return page.QuerySelectorAll(".result__title a").Select(a => a.GetAttribute("href")!).ToList();
    }
}
