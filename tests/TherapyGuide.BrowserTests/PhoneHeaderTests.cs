using Microsoft.Playwright;

namespace TherapyGuide.BrowserTests;

/// <summary>
/// The header on a phone: short enough to leave the screen to the page, search one tap away, every main link
/// reachable by keyboard and touch, and nothing wider than the screen.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class PhoneHeaderTests(BrowserSite site) : BrowserTest(site)
{
    // A quarter of a phone screen (214 px) before; the name and Search on one row, the links on a second.
    private const int MostHeaderPixels = 110;

    [Theory]
    [InlineData(390, "/")]
    [InlineData(390, "/articles/side-effects-compared")]
    [InlineData(390, "/glossary")]
    [InlineData(320, "/")]
    [InlineData(320, "/articles/side-effects-compared")]
    [InlineData(320, "/glossary")]
    public async Task On_a_phone_the_header_is_short_and_nothing_scrolls_sideways(int width, string address)
    {
        var page = await Site.NewPageAsync(width, 844);
        await page.GotoAsync(address);

        var height = await page.EvaluateAsync<double>("() => document.querySelector('.site-header').getBoundingClientRect().height");
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");

        Assert.True(height <= MostHeaderPixels, $"{address} at {width}px: the header is {height}px tall");
        Assert.True(overflow <= 0, $"{address} at {width}px scrolls sideways by {overflow}px");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSite.Artifacts, $"phone-header-{width}{address.Replace('/', '-')}.png") });
    }

    [Theory]
    [InlineData(390, true)]
    [InlineData(320, false)]
    public async Task On_a_phone_search_is_one_tap_away(int width, bool javaScript)
    {
        var page = await Site.NewPageAsync(width, 844, javaScript);
        await page.GotoAsync("/articles/side-effects-compared");
        var header = page.Locator(".site-header");
        Assert.False(await header.GetByLabel("Search TherapyGuide").IsVisibleAsync());

        await header.GetByRole(AriaRole.Link, new() { Name = "Search", Exact = true }).ClickAsync();

        await page.WaitForURLAsync("**/search");
        var box = page.GetByLabel("Search for a word or question");
        Assert.True(await box.IsVisibleAsync());
        await box.FillAsync("lupus");
        // Enter in the box itself (not wherever focus is): the form's implicit submission, with or without script.
        await box.PressAsync("Enter");
        await page.WaitForURLAsync("**/search?q=lupus");
        Assert.True(await page.Locator(".result").CountAsync() > 0);
    }

    [Fact]
    public async Task At_320_px_every_main_link_is_a_44_px_target_that_keyboard_focus_brings_into_view()
    {
        var page = await Site.NewPageAsync(320, 844);
        await page.GotoAsync("/");
        var links = page.Locator("nav[aria-label=Main] a");
        Assert.Equal(6, await links.CountAsync());

        // Tab from the Search link, as a keyboard user would, through the six links.
        await page.Locator(".site-header__search").FocusAsync();
        for (var i = 0; i < 6; i++)
        {
            var link = links.Nth(i);
            await page.Keyboard.PressAsync("Tab");
            Assert.True(await link.EvaluateAsync<bool>("a => a === document.activeElement"), $"Tab {i + 1} did not reach {await link.InnerTextAsync()}");
            var box = await link.BoundingBoxAsync();
            Assert.NotNull(box);
            Assert.True(box.Height >= 44, $"{await link.InnerTextAsync()} is {box.Height}px tall");
            Assert.True(box.X >= 0 && box.X + box.Width <= 320, $"{await link.InnerTextAsync()} is out of view when focused ({box.X}, {box.Width})");
        }

        // The last link is out of view until the strip scrolls, and the strip does scroll.
        Assert.True(await page.EvaluateAsync<bool>("() => { const ul = document.querySelector('.site-nav ul'); return ul.scrollLeft > 0 && ul.scrollWidth > ul.clientWidth; }"));
    }

    [Fact]
    public async Task Wide_screens_keep_the_search_form_in_the_header_and_the_links_on_one_row()
    {
        var page = await Site.NewPageAsync(1280);
        await page.GotoAsync("/");
        var header = page.Locator(".site-header");

        Assert.True(await header.GetByLabel("Search TherapyGuide").IsVisibleAsync());
        Assert.False(await header.GetByRole(AriaRole.Link, new() { Name = "Search", Exact = true }).IsVisibleAsync());
        var tops = await page.EvaluateAsync<double[]>("() => [...document.querySelectorAll('.site-nav a')].map(a => a.getBoundingClientRect().top)");
        Assert.Single(tops.Distinct());
    }
}
