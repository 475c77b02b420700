using Microsoft.Playwright;

namespace TherapyGuide.BrowserTests;

/// <summary>
/// Glossary words in a browser without popovers (older iOS Safari): each is a plain link to its glossary page, laid
/// out with the text, and no definition spills into the page. Chromium has popovers, so each test takes them away:
/// from the script API before the page loads (site.js notices), or from the stylesheet's @supports test (the CSS
/// alone must cope, as it must without scripts: site.js sees popovers there and does nothing, which is checked, and
/// scripts stay on only because axe needs them).
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class GlossaryFallbackTests(BrowserSite site) : BrowserTest(site)
{
    private static readonly HttpClient _http = new();

    [Theory]
    [InlineData("/articles/car-t-for-autoimmune-diseases", "script")]
    [InlineData("/articles/car-t-for-autoimmune-diseases", "stylesheet")]
    [InlineData("/compare", "script")]
    [InlineData("/conditions", "stylesheet")]
    public async Task Without_popovers_each_word_is_a_plain_link_to_its_page_and_nothing_overlaps(string address, string without)
    {
        foreach (var width in new[] { 320, 1280 })
        {
            var page = without == "script" ? await WithoutPopoverApiAsync(width) : await WithoutPopoverCssAsync(width);
            await page.GotoAsync(address);

            // The stylesheet's case is the CSS alone: the script found popovers and marked nothing.
            Assert.Equal(without == "script", await page.EvaluateAsync<bool>("() => document.documentElement.classList.contains('no-popover')"));
            var links = page.Locator("main .term-link a");
            Assert.True(await links.CountAsync() > 0, $"no glossary words on {address}");
            var first = links.First;
            Assert.True(await first.IsVisibleAsync());
            Assert.Matches("^/glossary/[a-z0-9-]+$", await first.GetAttributeAsync("href"));
            Assert.Equal("inline", await first.EvaluateAsync<string>("e => getComputedStyle(e.parentElement).display"));
            Assert.Equal(0, await page.Locator("main button.term:visible, main .term-def:visible").CountAsync());

            // Laid out as text: no block of the page sits over another. (A stacked table's header row is hidden
            // at narrow widths, and a closed section's content is not shown, so neither counts.)
            var overlaps = await page.EvaluateAsync<string[]>("""
                () => {
                  const blocks = [...document.querySelectorAll('main p, main li, main td, main th, main h2, main h3')]
                    .filter(e => e.getClientRects().length > 0 && !e.querySelector('p, li') && !e.closest('thead, details:not([open])'));
                  const found = [];
                  for (let i = 0; i < blocks.length; i++) for (let j = i + 1; j < blocks.length; j++) {
                    const a = blocks[i].getBoundingClientRect(), b = blocks[j].getBoundingClientRect();
                    if (blocks[i].contains(blocks[j]) || blocks[j].contains(blocks[i])) continue;
                    const x = Math.min(a.right, b.right) - Math.max(a.left, b.left), y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
                    if (x > 1 && y > 1) found.push(blocks[i].textContent.trim().slice(0, 40) + ' / ' + blocks[j].textContent.trim().slice(0, 40));
                  }
                  return found;
                }
                """);
            Assert.True(overlaps.Length == 0, $"{address} at {width}px without popovers ({without}): {string.Join("; ", overlaps)}");

            await AccessibilityTests.AssertNoViolationsAsync(page, $"{address} without popovers ({without}) at {width}px");
            if (width == 320)
            {
                await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSite.Artifacts, $"no-popover-{without}{address.Replace('/', '-')}-{width}.png"), FullPage = true });
            }

            await first.ClickAsync();
            await page.WaitForURLAsync("**/glossary/*");
            Assert.Equal(1, await page.Locator("h1").CountAsync());
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task With_popovers_the_plain_links_stay_hidden_and_the_word_is_a_button()
    {
        var page = await Site.NewPageAsync(375);
        await page.GotoAsync("/compare");

        Assert.True(await page.Locator("main button.term").First.IsVisibleAsync());
        Assert.Equal(0, await page.Locator("main .term-link:visible").CountAsync());
        Assert.False(await page.EvaluateAsync<bool>("() => document.documentElement.classList.contains('no-popover')"));
    }

    /// <summary>Scripts on, but the popover API deleted before any of the page's own script runs.</summary>
    private async Task<IPage> WithoutPopoverApiAsync(int width)
    {
        var page = await Site.NewPageAsync(width);
        await page.AddInitScriptAsync("""
            for (const name of ['popover', 'showPopover', 'hidePopover', 'togglePopover']) delete HTMLElement.prototype[name];
            for (const name of ['popoverTargetElement', 'popoverTargetAction']) { delete HTMLButtonElement.prototype[name]; delete HTMLInputElement.prototype[name]; }
            """);
        return page;
    }

    /// <summary>The stylesheet served as a browser that cannot match :popover-open reads it.</summary>
    private async Task<IPage> WithoutPopoverCssAsync(int width)
    {
        var page = await Site.NewPageAsync(width);
        await page.RouteAsync("**/css/site*.css*", async route =>
        {
            var css = await _http.GetStringAsync(new Uri(route.Request.Url));
            await route.FulfillAsync(new()
            {
                Status = 200,
                ContentType = "text/css",
                Body = css.Replace("selector(:popover-open)", "selector(:no-such-state)", StringComparison.Ordinal),
            });
        });
        return page;
    }
}
