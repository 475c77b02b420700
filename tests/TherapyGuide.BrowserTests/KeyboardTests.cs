
namespace TherapyGuide.BrowserTests;

/// <summary>Everything by keyboard alone: Tab, Shift+Tab, Enter and Escape.</summary>
[Collection(SharedBrowser.Name)]
public sealed class KeyboardTests(BrowserSite site) : BrowserTest(site)
{
    [Fact]
    public async Task The_first_tab_reaches_the_skip_link_which_moves_focus_to_the_content()
    {
        var page = await Site.NewPageAsync();
        await page.GotoAsync("/compare");

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to main content", await page.EvaluateAsync<string>("() => document.activeElement.textContent"));
        Assert.True(await page.Locator(".skip-link").IsVisibleAsync());

        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("main", await page.EvaluateAsync<string>("() => document.activeElement.id"));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/articles/car-t-for-autoimmune-diseases")]
    [InlineData("/side-effects")]
    [InlineData("/print")]
    [InlineData("/about")]
    public async Task Tab_visits_every_control_in_page_order_and_each_shows_where_focus_is(string address)
    {
        var page = await Site.NewPageAsync();
        await page.GotoAsync(address);
        var expected = await page.EvaluateAsync<int>("""
            () => [...document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])')]
                .filter(e => !e.disabled && e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden'
                    && !e.closest('[popover]:not(:popover-open)') && !e.closest('details:not([open]) > :not(summary)')).length
            """);

        var positions = new List<int>();
        for (var i = 0; i < expected + 1; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var info = await page.EvaluateAsync<string[]>("""
                () => { const e = document.activeElement; const style = getComputedStyle(e);
                  const marked = style.outlineStyle !== 'none' && style.outlineWidth !== '0px' || style.boxShadow !== 'none' || style.backgroundColor !== getComputedStyle(e.parentElement).backgroundColor;
                  return [e.tagName + ':' + (e.getAttribute('href') || e.textContent.trim().slice(0, 30)), String(marked),
                          String([...document.querySelectorAll('*')].indexOf(e))]; }
                """);
            if (info[0].StartsWith("BODY", StringComparison.Ordinal))
            {
                break;
            }

            Assert.True(info[1] is "True" or "true", $"{info[0]} shows no focus indicator on {address}");
            positions.Add(int.Parse(info[2], System.Globalization.CultureInfo.InvariantCulture));
        }

        Assert.True(positions.Count >= expected - 1, $"{address}: Tab reached {positions.Count} of {expected} controls");
        // A sensible order is the page's own order: each Tab moves forward, never back, never round in a loop.
        Assert.Equal(positions.Order(), positions);
        Assert.Equal(positions.Count, positions.Distinct().Count());
    }

    [Fact]
    public async Task A_glossary_definition_opens_with_enter_and_closes_with_escape()
    {
        var page = await Site.NewPageAsync(375);
        await page.GotoAsync("/articles/car-t-for-autoimmune-diseases");
        var term = page.Locator("button.term").First;
        var target = await term.GetAttributeAsync("popovertarget");

        await term.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        var definition = page.Locator($"#{target}");
        Assert.True(await definition.IsVisibleAsync());
        Assert.Contains("More about", await definition.InnerTextAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSite.Artifacts, "glossary-popover-375.png") });

        await page.Keyboard.PressAsync("Escape");
        Assert.False(await definition.IsVisibleAsync());
        Assert.Equal(target, await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('popovertarget')"));
    }

    [Fact]
    public async Task Glossary_definitions_and_search_work_with_scripts_off()
    {
        var page = await Site.NewPageAsync(javaScript: false);
        await page.GotoAsync("/articles/car-t-for-autoimmune-diseases");
        var term = page.Locator("button.term").First;

        await term.ClickAsync();
        Assert.True(await page.Locator($"#{await term.GetAttributeAsync("popovertarget")}").IsVisibleAsync());

        await page.Keyboard.PressAsync("Escape");
        await page.GetByLabel("Search TherapyGuide").FillAsync("lupus");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/search?q=lupus");
        Assert.True(await page.Locator(".result").CountAsync() > 0);
    }

    [Fact]
    public async Task An_editor_can_sign_in_edit_and_save_by_keyboard_alone()
    {
        var page = await AdminPages.SignedInPageAsync(Site);
        await page.GotoAsync("/admin/glossary/edit/2");

        await page.GetByLabel("Definition").FocusAsync();
        await page.Keyboard.PressAsync("End");
        await page.Keyboard.TypeAsync(" Typed by keyboard.");
        // From the definition, Tab through the remaining fields to the Publish button, then press Enter.
        for (var i = 0; i < 10 && await page.EvaluateAsync<string>("() => document.activeElement.textContent.trim()") != "Publish"; i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**saved=true");
        Assert.True(await page.Locator(".notice--success").IsVisibleAsync());
    }
}
