using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace TherapyGuide.BrowserTests;

/// <summary>
/// A Spanish-speaking reader's way through the site in Chromium, without JavaScript: what to do now on the first
/// screen of a phone, the switch to English and back, a side effect's urgency found by searching in their own words,
/// and a pack printed in Spanish.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed partial class SpanishReaderTests(BrowserSite site) : BrowserTest(site)
{
    [Fact]
    public async Task On_a_phone_the_spanish_home_page_shows_what_to_do_now_on_the_first_screen()
    {
        var page = await Site.NewPageAsync(390, 844, javaScript: false);
        await page.GotoAsync("/es");

        var help = page.GetByRole(AriaRole.Heading, new() { Name = "Pida ayuda ahora" });
        var box = await help.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.Y + box.Height < 844, $"'Pida ayuda ahora' starts {box.Y}px down, below a 844px phone screen");
        Assert.Contains("112 en Europa", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSite.Artifacts, "es-home-390-first-screen.png") });
    }

    [Fact]
    public async Task The_language_switch_goes_to_the_same_page_in_the_other_language_and_back()
    {
        var page = await Site.NewPageAsync(320, javaScript: false);
        await page.GotoAsync("/side-effects");

        await page.GetByRole(AriaRole.Link, new() { Name = "Español" }).ClickAsync();
        Assert.EndsWith("/es/side-effects", page.Url, StringComparison.Ordinal);
        Assert.Equal("es", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal("Efectos secundarios", (await page.GetByRole(AriaRole.Navigation, new() { Name = "Principal" })
            .Locator("[aria-current=page]").InnerTextAsync()).Trim());

        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        Assert.EndsWith("/side-effects", page.Url, StringComparison.Ordinal);
        Assert.Equal("en", await page.Locator("html").GetAttributeAsync("lang"));
    }

    [Fact]
    public async Task A_reader_who_types_their_symptom_without_accents_finds_how_urgent_it_is_in_spanish()
    {
        var page = await Site.NewPageAsync(320, javaScript: false);
        await page.GotoAsync("/es");

        await page.GetByRole(AriaRole.Link, new() { Name = "Buscar", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Searchbox).First.FillAsync("no puedo respirar");
        await page.GetByRole(AriaRole.Button, new() { Name = "Buscar" }).First.ClickAsync();

        Assert.Contains("/es/search", page.Url, StringComparison.Ordinal);
        var first = page.Locator("main ol li, main .result").First;
        Assert.Contains("Emergencia", await first.InnerTextAsync(), StringComparison.Ordinal);
        var link = await first.Locator("a").First.GetAttributeAsync("href");
        Assert.StartsWith("/es/", link, StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSite.Artifacts, "es-search-respirar-320.png"), FullPage = true });
    }

    [Fact]
    public async Task A_spanish_pack_prints_in_spanish_on_about_as_many_sheets_as_the_english_one()
    {
        const string Pack = "/print?pages=side-effects&pages=questions";
        var page = await Site.NewPageAsync(javaScript: false);
        await page.GotoAsync("/es" + Pack);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        var head = await page.Locator(".print-head").InnerTextAsync();
        Assert.Contains("Impreso el", head, StringComparison.Ordinal);
        Assert.Contains("no un consejo médico", await page.Locator(".disclaimer").InnerTextAsync(), StringComparison.Ordinal);
        var spanish = await SheetsAsync(page, "print-es-pack-side-effects-questions.pdf");
        await page.GotoAsync(Pack);
        var english = await SheetsAsync(page, "print-en-pack-side-effects-questions.pdf");

        // Spanish runs about a fifth longer than English; the pack may take that much more paper, not more.
        Assert.True(spanish <= Math.Ceiling(english * 1.25), $"The Spanish pack takes {spanish} sheets, the English one {english}");
    }

    private static async Task<int> SheetsAsync(IPage page, string file)
    {
        var pdf = await page.PdfAsync(new PagePdfOptions { Format = "A4", Path = Path.Combine(BrowserSite.Artifacts, file) });
        return PdfPage().Count(System.Text.Encoding.Latin1.GetString(pdf));
    }

    [GeneratedRegex(@"/Type\s*/Page[^s]")]
    private static partial Regex PdfPage();
}
