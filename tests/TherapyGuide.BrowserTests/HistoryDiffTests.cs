using Microsoft.Playwright;

namespace TherapyGuide.BrowserTests;

/// <summary>The changed words in an item's history, on a phone, with a screen reader and on paper.</summary>
[Collection(SharedBrowser.Name)]
public sealed class HistoryDiffTests(BrowserSite site) : BrowserTest(site)
{
    [Fact]
    public async Task Changed_words_have_no_axe_violations_fit_320_px_and_print_marked_without_colour()
    {
        const string Added = "Some people also feel dizzy.";
        var page = await AdminPages.SignedInPageAsync(Site);
        await page.GotoAsync("/admin/side-effects/edit/1");
        var symptoms = page.Locator("#Form_Symptoms");
        await symptoms.FillAsync($"{await symptoms.InputValueAsync()} {Added}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**saved=true");
        var history = await page.Locator("main a[href^='/admin/history/']").First.GetAttributeAsync("href");

        foreach (var width in new[] { 1280, 320 })
        {
            await page.SetViewportSizeAsync(width, 900);
            await page.GotoAsync(history!);
            await Assertions.Expect(page.Locator(".diff ins")).ToHaveTextAsync($"Added: {Added}");
            await AccessibilityTests.AssertNoViolationsAsync(page, $"history with changed words at {width}px");
            Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth") <= 0, $"scrolls sideways at {width}px");
            await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSite.Artifacts, $"admin-history-changed-words-{width}.png"), FullPage = true });
        }

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        var added = await page.EvaluateAsync<string[]>("() => { const s = getComputedStyle(document.querySelector('.diff ins')); return [s.textDecorationLine, s.color, s.backgroundColor]; }");
        var removed = await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.diff-key del')).textDecorationLine");
        Assert.Equal(["underline", "rgb(0, 0, 0)", "rgba(0, 0, 0, 0)"], added);
        Assert.Equal("line-through", removed);
    }
}
