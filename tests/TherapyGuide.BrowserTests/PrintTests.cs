using Microsoft.Playwright;

namespace TherapyGuide.BrowserTests;

/// <summary>What each page looks like on paper, checked with Chromium's print media and its PDF printer.</summary>
[Collection(SharedBrowser.Name)]
public sealed class PrintTests(BrowserSite site) : BrowserTest(site)
{
    [Theory]
    [MemberData(nameof(PublicPages.Data), MemberType = typeof(PublicPages))]
    public async Task Printed_pages_hide_the_menus_and_carry_the_address_print_date_review_date_and_disclaimer(string name, string address)
    {
        var page = await Site.NewPageAsync();
        await page.GotoAsync(address);
        await PrepareForPrintAsync(page);

        Assert.False(await page.Locator(".site-nav").First.IsVisibleAsync());
        Assert.False(await page.Locator(".site-footer").IsVisibleAsync());
        Assert.Equal(0, await page.Locator("button:not(.term):visible, form:visible").CountAsync());
        var head = page.Locator(".print-head");
        Assert.True(await head.IsVisibleAsync());
        var headText = await head.InnerTextAsync();
        Assert.Contains(Site.BaseAddress + address.Split('?')[0], headText, StringComparison.Ordinal);
        Assert.Contains(DateTime.Now.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), headText, StringComparison.Ordinal);
        Assert.DoesNotContain("____", headText, StringComparison.Ordinal);
        Assert.True(await page.Locator(".disclaimer").IsVisibleAsync());
        Assert.Contains(PublicPages.IsSpanish(address) ? "no un consejo médico" : "not medical advice", await page.Locator(".disclaimer").InnerTextAsync(), StringComparison.Ordinal);

        var pdf = await page.PdfAsync(new PagePdfOptions { Format = "A4", Path = Path.Combine(BrowserSite.Artifacts, $"print-{name}.pdf") });
        Assert.True(pdf.Length > 1000);
    }

    [Theory]
    [InlineData("/articles/immunotherapy-and-car-t-compared")]
    [InlineData("/compare")]
    [InlineData("/glossary/cytokine-release-syndrome")]
    public async Task Printed_links_show_their_full_address(string address)
    {
        var page = await Site.NewPageAsync();
        await page.GotoAsync(address);
        await PrepareForPrintAsync(page);

        var after = await page.EvaluateAsync<string>(
            "() => getComputedStyle(document.querySelector('main a[href^=\"/\"]'), '::after').content");

        Assert.Contains($"{Site.BaseAddress}/", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reviewed_articles_print_their_review_date_and_the_words_they_use_opened()
    {
        var page = await Site.NewPageAsync();
        await page.GotoAsync("/articles/how-the-immune-system-fights-cancer");
        await PrepareForPrintAsync(page);

        Assert.Contains("Last reviewed", await page.Locator(".print-head").InnerTextAsync(), StringComparison.Ordinal);
        var words = page.Locator(".words-used dl");
        Assert.True(await words.IsVisibleAsync());
        Assert.Contains("T cell", await words.InnerTextAsync(), StringComparison.Ordinal);

        // The glossary words themselves stay in the printed sentences (in bold); only their pop-ups are left off.
        var term = page.Locator("main button.term").First;
        Assert.True(await term.IsVisibleAsync());
        Assert.Equal("700", await term.EvaluateAsync<string>("e => getComputedStyle(e).fontWeight"));
        Assert.False(await page.Locator(".term-def").First.IsVisibleAsync());
    }

    [Theory]
    [InlineData("A4", 210)]
    [InlineData("Letter", 216)]
    public async Task The_comparison_table_fits_a_portrait_page(string format, int paperWidthMm)
    {
        var page = await Site.NewPageAsync();
        await page.GotoAsync("/compare");
        // The printable width: the paper less the 14 mm side margins, at 96 pixels to the inch.
        var printableWidth = (int)((paperWidthMm - 28) / 25.4 * 96);
        await page.SetViewportSizeAsync(printableWidth, 1000);
        await PrepareForPrintAsync(page);

        var widths = await page.EvaluateAsync<int[]>(
            "() => { const t = document.querySelector('table.compare'); return [Math.ceil(t.getBoundingClientRect().width), document.documentElement.scrollWidth]; }");
        var (tableWidth, scrollWidth) = (widths[0], widths[1]);

        Assert.True(tableWidth <= printableWidth, $"the table is {tableWidth}px on a {printableWidth}px {format} page");
        Assert.True(scrollWidth <= printableWidth, $"the page is {scrollWidth}px wide on a {printableWidth}px {format} page");
        Assert.Equal("table", await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('table.compare')).display"));
        await page.PdfAsync(new PagePdfOptions { Format = format, Path = Path.Combine(BrowserSite.Artifacts, $"print-compare-{format}.pdf") });
    }

    [Fact]
    public async Task The_pack_starts_each_page_on_a_new_sheet_after_a_cover_with_the_contents()
    {
        var page = await Site.NewPageAsync();
        await page.GotoAsync(PublicPages.All.Single(p => p.Name == "print-pack").Address);
        await PrepareForPrintAsync(page);

        Assert.Equal(4, await page.Locator(".pack-section[id^='pack-']:not(#pack-words)").CountAsync());
        Assert.Equal(5, await page.Locator(".pack-contents li").CountAsync()); // four pages and the words list
        var breaks = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('.pack-section')].map(s => getComputedStyle(s).breakBefore)");
        Assert.All(breaks, b => Assert.Equal("page", b));
        Assert.False(await page.Locator(".pack-picker").IsVisibleAsync());
    }

    [Fact]
    public async Task The_print_button_appears_only_when_scripts_run()
    {
        var withScripts = await Site.NewPageAsync();
        var withoutScripts = await Site.NewPageAsync(javaScript: false);
        await withScripts.GotoAsync("/compare");
        await withoutScripts.GotoAsync("/compare");

        Assert.True(await withScripts.Locator("button[data-print]").IsVisibleAsync());
        Assert.False(await withoutScripts.Locator("button[data-print]").IsVisibleAsync());
        Assert.True(await withoutScripts.Locator("a[href='/print']").First.IsVisibleAsync());
    }

    /// <summary>As the browser does when someone prints: the print event, then the print media.</summary>
    private static async Task PrepareForPrintAsync(IPage page)
    {
        await page.EvaluateAsync("() => window.dispatchEvent(new Event('beforeprint'))");
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
    }
}
