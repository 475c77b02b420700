using System.Text.RegularExpressions;
using Microsoft.Playwright;
using UglyToad.PdfPig;

namespace TherapyGuide.BrowserTests;

/// <summary>
/// What a caregiver holds in their hand: the PDF Chromium prints, read back sheet by sheet. The pack's contents give the
/// page each part really starts on, cards are never split, the care team's number is on every sheet, and the home
/// page is one sheet.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed partial class PaperTests(BrowserSite site) : BrowserTest(site)
{
    private const string Pack = "/print?pages=articles/side-effects-compared&pages=compare&pages=questions";

    [Theory]
    [InlineData("en-GB", "a4", 595)]
    [InlineData("en-US", "letter", 612)]
    public async Task The_pack_contents_give_the_page_each_part_starts_on_for_the_readers_paper(string locale, string paper, int pointsWide)
    {
        var page = await NewPageAsync(locale);
        await page.GotoAsync(Pack);
        // The pages are counted when the pack is printed.
        await page.EvaluateAsync("() => window.dispatchEvent(new Event('beforeprint'))");
        await page.WaitForSelectorAsync($"[data-pack-contents][data-numbered-for='{paper}']", new() { State = WaitForSelectorState.Attached });

        var promised = await page.EvaluateAsync<string[][]>(
            "() => [...document.querySelectorAll('[data-pack-contents] li')].map(li => [li.querySelector('a').textContent.trim(), li.querySelector('[data-page-of]').textContent.trim()])");
        var sheets = await PrintAsync(page, $"pack-{paper}");

        Assert.All(sheets, sheet => Assert.Equal(pointsWide, sheet.Width, 0));
        Assert.Equal(4, promised.Length);
        foreach (var entry in promised)
        {
            var (title, pageText) = (entry[0], entry[1]);
            var startsOn = sheets.FindIndex(sheet => sheet.Text.Contains(Squeeze($"TherapyGuide: {title}"), StringComparison.Ordinal)) + 1;
            Assert.True(startsOn > 1, $"no sheet is headed “{title}”");
            Assert.Equal($"page {startsOn}", pageText);
        }

        // The cover is one sheet, and carries what to do if unwell and the care-team box.
        Assert.Contains(Squeeze("Get help now"), sheets[0].Text, StringComparison.Ordinal);
        Assert.Contains(Squeeze("24-hour number:"), sheets[0].Text, StringComparison.Ordinal);
        Assert.Equal("page 2", promised[0][1]);
        // No sheet prints the pack's long address.
        Assert.All(sheets, sheet => Assert.DoesNotContain("pages=", sheet.Text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Side_effect_cards_are_never_split_and_share_their_sheets()
    {
        var page = await NewPageAsync("en-GB");
        await page.GotoAsync("/side-effects");
        var cards = await page.EvaluateAsync<string[][]>(
            "() => [...document.querySelectorAll('main .care-card[id]')].map(c => [c.querySelector('h3').textContent, c.querySelector('.care-card__more p:last-of-type').textContent.split(/\\s+/).filter(Boolean).slice(-6).join(' ')])");
        var sheets = await PrintAsync(page, "side-effects");

        Assert.True(cards.Length >= 8);
        var sheetsWithCards = new HashSet<int>();
        foreach (var card in cards)
        {
            var (heading, lastWords) = (Squeeze(card[0]), Squeeze(card[1]));
            var starts = sheets.FindIndex(s => s.Text.Contains(heading, StringComparison.Ordinal));
            var ends = sheets.FindIndex(starts, s => s.Text.Contains(lastWords, StringComparison.Ordinal));
            Assert.True(starts >= 0, $"the card “{card[0]}” is not printed");
            Assert.Equal(starts, ends);
            sheetsWithCards.Add(starts);
        }

        Assert.True(sheetsWithCards.Count < cards.Length, $"{cards.Length} cards took {sheetsWithCards.Count} sheets");
        Assert.Contains(Squeeze("What the cards mean"), string.Concat(sheets.Select(s => s.Text)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_home_page_prints_on_one_sheet_with_what_to_do_now_and_where_to_find_the_rest()
    {
        var page = await NewPageAsync("en-GB");
        await page.GotoAsync("/");

        var sheets = await PrintAsync(page, "home");

        var sheet = Assert.Single(sheets);
        Assert.Contains(Squeeze("Get help now"), sheet.Text, StringComparison.Ordinal);
        Assert.Contains(Squeeze($"{Site.BaseAddress}/print"), sheet.Text, StringComparison.Ordinal);
        Assert.Contains("notmedicaladvice", sheet.Text, StringComparison.Ordinal);
        // The site's name once, not "TherapyGuide · TherapyGuide".
        Assert.DoesNotContain("TherapyGuide·TherapyGuide", sheet.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_care_team_number_typed_once_prints_on_every_sheet_and_never_leaves_the_browser()
    {
        var page = await NewPageAsync("en-GB");
        var sent = new List<string>();
        page.Request += (_, request) => sent.Add(request.Url + " " + string.Join(' ', request.Headers.Values) + " " + request.PostData);
        await page.GotoAsync("/questions");

        // Hostile text is kept as text: no element is made of it, and quotes cannot end the printed margin's string.
        const string Team = "Ward 7 \"Haematology\" <img src=x onerror=alert(1)> \\";
        const string Number = "0123 456 7890";
        await page.GetByText("Your care team’s number on printed pages").ClickAsync();
        await page.GetByLabel("Care team or hospital").FillAsync(Team);
        await page.GetByLabel("Their 24-hour phone number").FillAsync(Number);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save on this device" }).ClickAsync();
        Assert.Contains("Saved in this browser", await page.Locator("[data-care-team-status]").InnerTextAsync(), StringComparison.Ordinal);

        // Another page, as a reader would go on: the box and the urgent-help block carry it.
        await page.GotoAsync("/side-effects");
        Assert.Equal(0, await page.Locator("img[src=x]").CountAsync());
        Assert.Equal("tel:01234567890", await page.Locator("[data-care-team-tel]").First.GetAttributeAsync("href"));
        Assert.True(await page.Locator("[data-care-team-call]").First.IsVisibleAsync());
        var sheets = await PrintAsync(page, "side-effects-care-team");

        Assert.True(sheets.Count > 2);
        Assert.All(sheets, sheet => Assert.Contains(Squeeze(Number), sheet.Text, StringComparison.Ordinal));
        Assert.Contains(Squeeze(Team), sheets[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(sent, s => s.Contains(Number, StringComparison.Ordinal) || s.Contains("Haematology", StringComparison.Ordinal));
        Assert.DoesNotContain(await page.Context.CookiesAsync(), c => c.Value.Contains("0123", StringComparison.Ordinal));

        // Removed: the printed box has blank lines to write on again.
        await page.GotoAsync("/questions");
        await page.GetByText("Your care team’s number on printed pages: 0123 456 7890 (change)").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Remove from this device" }).ClickAsync();
        var blank = await PrintAsync(page, "questions-care-team-removed");
        Assert.DoesNotContain(Squeeze(Number), string.Concat(blank.Select(s => s.Text)), StringComparison.Ordinal);
        Assert.Contains(Squeeze("24-hour number:"), blank[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_scripts_the_pack_says_how_to_print_and_the_blank_care_team_box_still_prints()
    {
        var page = await Site.NewPageAsync(javaScript: false);
        await page.GotoAsync(Pack);

        Assert.Contains("Ctrl", await page.Locator(".pack-controls").InnerTextAsync(), StringComparison.Ordinal);
        await page.GetByText("Your care team’s number on printed pages").ClickAsync();
        Assert.Contains("lines to write", await page.Locator("[data-care-team-editor]").InnerTextAsync(), StringComparison.Ordinal);
        Assert.False(await page.GetByLabel("Their 24-hour phone number").IsVisibleAsync());
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        var box = page.Locator(".pack-cover .care-team");
        Assert.True(await box.IsVisibleAsync());
        Assert.Equal(string.Empty, (await box.Locator("[data-care-team-phone]").InnerTextAsync()).Trim());
        Assert.True(await box.Locator("[data-care-team-phone]").EvaluateAsync<double>("e => e.getBoundingClientRect().width") > 100);
    }

    [Fact]
    public async Task Print_dates_follow_the_site_not_the_browsers_language()
    {
        var page = await NewPageAsync("en-US");
        await page.GotoAsync("/compare");
        await page.EvaluateAsync("() => window.dispatchEvent(new Event('beforeprint'))");

        var printed = await page.Locator(".print-head [data-print-date]").InnerTextAsync();

        Assert.Matches(SiteDate(), printed);
    }

    private async Task<IPage> NewPageAsync(string locale)
    {
        var context = await Site.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            Locale = locale,
        });
        return await context.NewPageAsync();
    }

    /// <summary>Prints as a person does (the print event, then Chromium's PDF printer at the page's own paper size).</summary>
    private static async Task<List<Sheet>> PrintAsync(IPage page, string name)
    {
        await page.EvaluateAsync("() => window.dispatchEvent(new Event('beforeprint'))");
        var path = Path.Combine(BrowserSite.Artifacts, $"paper-{name}.pdf");
        await page.PdfAsync(new PagePdfOptions { Path = path, PreferCSSPageSize = true, Format = "A4" });
        using var pdf = PdfDocument.Open(path);
        return [.. pdf.GetPages().Select(p => new Sheet(Squeeze(string.Concat(p.Letters.Select(l => l.Value))), p.Width))];
    }

    /// <summary>
    /// PDF text without its spaces and line breaks, which the PDF keeps only as positions, and with its ligatures
    /// ("ﬀ") spelt out.
    /// </summary>
    private static string Squeeze(string text) => WhiteSpace().Replace(text.Normalize(System.Text.NormalizationForm.FormKC), "");

    private sealed record Sheet(string Text, double Width);

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    [GeneratedRegex(@"^\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}$")]
    private static partial Regex SiteDate();
}
