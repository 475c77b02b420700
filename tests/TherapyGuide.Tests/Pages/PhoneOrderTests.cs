using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using TherapyGuide.Web.Content;
using TherapyGuide.Web.Content.Files;

namespace TherapyGuide.Tests.Pages;

/// <summary>
/// The order a reader meets things in on a phone, where the page is one long column: what to read next before the
/// long forms, the summary before the buttons, and the way back up a long list.
/// </summary>
[Collection(PublicSite.Collection)]
public sealed class PhoneOrderTests(PublicSite site)
{
    public static TheoryData<string> Articles() =>
        [.. new ContentFolder(RepositoryPaths.Content, new MarkdownRenderer()).LoadArticles().Select(a => a.Slug)];

    [Theory]
    [MemberData(nameof(Articles))]
    public async Task On_an_article_read_next_comes_before_readers_experiences_and_the_share_form(string slug)
    {
        var page = await GetPageAsync($"/articles/{slug}");

        var readNext = page.QuerySelector("main .related h2")!;
        Assert.Equal("Read next", readNext.TextContent.Trim());
        Assert.True(IsBefore(readNext, page.QuerySelector("main #experiences-heading")!), $"{slug}: Read next comes after readers' experiences");
        Assert.True(IsBefore(readNext, page.QuerySelector("main .share-experience")!), $"{slug}: Read next comes after the share form");
    }

    public static TheoryData<string, string> PagesWithPrintActions() => new()
    {
        // The page, and what its first screen shows before the print buttons: the summary (an article's after its dates and
        // the urgent help), or on /side-effects, whose lead comes after the signs, the urgent help.
        { "/articles/side-effects-compared", "main .article .urgent-help" },
        { "/articles/car-t-for-autoimmune-diseases", "main .article .urgent-help" },
        { "/articles/how-the-immune-system-fights-cancer", "main .article__header .meta" },
        { "/compare", "main > .lead" },
        { "/side-effects", "main > .urgent-help" },
        { "/questions", "main > .lead" },
        { "/glossary", "main > .lead" },
        { "/conditions", "main > .lead" },
    };

    [Theory]
    [MemberData(nameof(PagesWithPrintActions))]
    public async Task Print_actions_come_after_the_summary_and_still_offer_print_and_the_pack(string address, string before)
    {
        var page = await GetPageAsync(address);

        var actions = Assert.Single(page.QuerySelectorAll("main .print-actions"));
        var summary = page.QuerySelector(before);
        Assert.NotNull(summary);
        Assert.True(IsBefore(summary, actions), $"{address}: the print actions come before {before}");
        Assert.NotNull(actions.QuerySelector("button[data-print]"));
        Assert.NotNull(actions.QuerySelector("a[href='/print']"));
    }

    [Fact]
    public async Task The_comparison_is_described_in_words_true_of_both_the_table_and_the_stacked_cards()
    {
        var page = await GetPageAsync("/compare");

        var text = page.QuerySelector("main")!.TextContent;
        Assert.DoesNotContain("row across", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("each row", text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("For each question below", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_glossary_letter_ends_with_a_link_back_to_the_letter_index()
    {
        var page = await GetPageAsync("/glossary");

        var index = page.QuerySelector("main nav.az#letters");
        Assert.NotNull(index);
        var groups = page.QuerySelectorAll("main section:has(.glossary)");
        Assert.Equal(index.QuerySelectorAll("a").Length, groups.Length);
        Assert.All(groups, group =>
        {
            var back = group.QuerySelector(".back-to-top a[href='#letters']");
            Assert.NotNull(back);
            Assert.Equal("Back to top", back.TextContent.Trim());
            Assert.True(IsBefore(group.QuerySelector(".glossary")!, back));
        });
    }

    [Fact]
    public async Task The_glossary_in_a_printable_pack_has_no_back_to_top_links()
    {
        var page = await GetPageAsync("/print?pages=glossary");

        Assert.NotNull(page.QuerySelector("#pack-glossary .glossary"));
        Assert.Empty(page.QuerySelectorAll(".back-to-top"));
    }

    public static TheoryData<string> PagesBeforeAnAppointment() =>
        ["/articles/side-effects-compared", "/articles/choosing-a-treatment", "/compare", "/side-effects"];

    [Theory]
    [MemberData(nameof(PagesBeforeAnAppointment))]
    public async Task Pages_read_before_an_appointment_link_to_the_questions_and_the_printable_pack_in_the_main_content(string address)
    {
        var page = await GetPageAsync(address);

        var block = page.QuerySelector("main .getting-ready");
        Assert.NotNull(block);
        Assert.Equal("Getting ready for your appointment", block.QuerySelector("h2")!.TextContent.Trim());
        Assert.Equal("Questions to ask your care team", block.QuerySelector("a[href='/questions']")?.TextContent.Trim());
        Assert.Equal("Make a printable pack", block.QuerySelector("a[href='/print']")?.TextContent.Trim());
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public async Task Every_article_links_to_the_questions_and_the_printable_pack_in_the_main_content(string slug)
    {
        var page = await GetPageAsync($"/articles/{slug}");

        Assert.NotNull(page.QuerySelector("main a[href='/questions']"));
        Assert.NotNull(page.QuerySelector("main a[href='/print']"));
    }

    [Theory]
    [InlineData("/questions")]
    [InlineData("/print")]
    public async Task The_questions_and_the_pack_do_not_offer_the_getting_ready_links_to_themselves(string address)
    {
        var page = await GetPageAsync(address);

        Assert.Null(page.QuerySelector("main .getting-ready"));
        Assert.Null(page.QuerySelector($"main a[href='{address}']"));
    }

    private static bool IsBefore(IElement first, IElement second) =>
        first.CompareDocumentPosition(second).HasFlag(DocumentPositions.Following);

    private async Task<IHtmlDocument> GetPageAsync(string address)
    {
        using var client = site.App.CreateClient();
        var response = await client.GetAsync(address);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{address} answered {(int)response.StatusCode}");
        return await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
    }
}
