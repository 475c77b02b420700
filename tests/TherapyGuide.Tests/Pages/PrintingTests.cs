using System.Net;
using TherapyGuide.Web.Content;
using TherapyGuide.Web.Content.Files;

namespace TherapyGuide.Tests.Pages;

[Collection(PublicSite.Collection)]
public sealed class PrintingTests(PublicSite site)
{
    [Fact]
    public async Task An_empty_pack_shows_the_form_with_every_page_to_tick()
    {
        using var client = site.App.CreateClient();

        var page = await HtmlForm.ParseAsync(await client.GetAsync("/print"));

        var values = page.QuerySelectorAll("form.pack-picker input[type=checkbox][name=pages]").Select(i => i.GetAttribute("value")).ToList();
        Assert.All(site.Content.LoadArticles(), a => Assert.Contains($"articles/{a.Slug}", values));
        Assert.Contains("compare", values);
        Assert.Contains("questions", values);
        Assert.Equal("get", page.QuerySelector("form.pack-picker")!.GetAttribute("method"));
        Assert.Empty(page.QuerySelectorAll(".pack-section"));
    }

    [Fact]
    public async Task A_pack_has_a_cover_with_contents_each_chosen_page_and_one_words_list()
    {
        using var client = site.App.CreateClient();

        var response = await client.GetAsync("/print?pages=compare&pages=articles/choosing-a-treatment&pages=side-effects&pages=compare");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlForm.ParseAsync(response);
        Assert.Single(page.QuerySelectorAll("h1"));
        var contents = page.QuerySelectorAll(".pack-contents li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(
            ["How do doctors choose between immunotherapy and CAR-T?", "Immunotherapy and CAR-T side by side", "Side effects and when to get help", "Words used in this pack"],
            contents);
        Assert.Equal(4, page.QuerySelectorAll(".pack-section").Length);
        Assert.Single(page.QuerySelectorAll("#pack-words"));
        Assert.Contains("Cytokine release syndrome", page.QuerySelector("#pack-words")!.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.NotNull(page.QuerySelector("#pack-compare table.compare"));
        Assert.True(page.QuerySelectorAll("#pack-side-effects .care-card").Length >= 5);
        Assert.All(page.QuerySelectorAll("[id]").GroupBy(e => e.Id), g => Assert.Single(g));
    }

    [Fact]
    public async Task A_pack_with_the_glossary_needs_no_separate_words_list()
    {
        using var client = site.App.CreateClient();

        var page = await HtmlForm.ParseAsync(await client.GetAsync("/print?pages=questions&pages=glossary"));

        Assert.Null(page.QuerySelector("#pack-words"));
        Assert.NotNull(page.QuerySelector("#pack-glossary .glossary"));
        Assert.NotNull(page.QuerySelector("#pack-questions .checklist"));
    }

    public static TheoryData<string> NonsensePacks() =>
    [
        "/print?pages=nonsense",
        "/print?pages=articles/no-such-article",
        "/print?pages=../../etc/passwd",
        "/print?pages=articles%2F..%2F..%2Fadmin",
        "/print?pages=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
        "/print?pages=compare&pages=%00%01%02",
        "/print?pages=" + new string('x', 3000),
        "/print?" + string.Join('&', Enumerable.Range(0, 80).Select(i => $"pages=articles/a{i}")),
        "/print?pages='%20OR%201=1--",
        "/print?pages=compare%22%3E%3Cimg%20src=x%20onerror=alert(1)%3E",
    ];

    [Theory]
    [MemberData(nameof(NonsensePacks))]
    public async Task Nonsense_page_lists_get_a_clear_400_never_a_500_and_nothing_live_is_reflected(string address)
    {
        using var client = site.App.CreateClient();

        var response = await client.GetAsync(address);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await HtmlForm.ParseAsync(response);
        Assert.Contains("We could not make that pack", page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("form.pack-picker"));
        Assert.Empty(LiveMarkup.Find(page.QuerySelector(".error-summary")!.InnerHtml));
        Assert.Empty(page.QuerySelectorAll("main img, main script"));
    }

    [Fact]
    public async Task The_questions_page_is_a_checklist_drawn_from_the_content_with_room_to_write()
    {
        using var client = site.App.CreateClient();
        var groups = new ContentFolder(RepositoryPaths.Content, new MarkdownRenderer()).LoadQuestions();

        var page = await HtmlForm.ParseAsync(await client.GetAsync("/questions"));

        Assert.True(groups.Count >= 5);
        Assert.All(groups, g => Assert.Contains(g.Heading, page.QuerySelector("main")!.TextContent, StringComparison.Ordinal));
        Assert.Equal(groups.Sum(g => g.Questions.Count), page.QuerySelectorAll(".checklist__question").Length);
        Assert.True(page.QuerySelectorAll(".checklist__answer").Length > groups.Sum(g => g.Questions.Count));
    }

    [Fact]
    public async Task Each_article_ends_with_the_words_it_uses_and_their_meaning()
    {
        using var client = site.App.CreateClient();

        var page = await HtmlForm.ParseAsync(await client.GetAsync("/articles/how-the-immune-system-fights-cancer"));

        var words = page.QuerySelectorAll(".words-used dt").Select(d => d.TextContent.Trim()).ToList();
        Assert.Contains("T cell", words);
        Assert.Contains("Immune system", words, StringComparer.OrdinalIgnoreCase);
        Assert.DoesNotContain("Myasthenia gravis", words);
        Assert.All(page.QuerySelectorAll(".words-used dd"), dd => Assert.False(string.IsNullOrWhiteSpace(dd.TextContent)));
    }

    [Theory]
    [InlineData("/compare")]
    [InlineData("/articles/choosing-a-treatment")]
    [InlineData("/questions")]
    public async Task Pages_offer_print_and_pack_entry_points_and_the_details_for_the_sheet(string address)
    {
        using var client = site.App.CreateClient();

        var page = await HtmlForm.ParseAsync(await client.GetAsync(address));

        // Shown by the stylesheet where scripts run (no shift after the first paint), hidden where they do not.
        Assert.NotNull(page.QuerySelector("button[data-print].script-only:not([hidden])"));
        Assert.NotNull(page.QuerySelector(".print-actions a[href='/print']"));
        var head = page.QuerySelector(".print-head")!;
        Assert.Equal($"http://localhost{address}", head.GetAttribute("data-address"));
        Assert.Contains("TherapyGuide", head.TextContent, StringComparison.Ordinal);
    }
}
