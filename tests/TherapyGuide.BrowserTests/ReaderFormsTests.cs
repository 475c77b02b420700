using Microsoft.Playwright;

namespace TherapyGuide.BrowserTests;

/// <summary>"Share your experience" and "Was this page helpful?" with scripts off, their errors, and the moderation pages with items.</summary>
[Collection(SharedBrowser.Name)]
public sealed class ReaderFormsTests(BrowserSite site) : BrowserTest(site)
{
    [Fact]
    public async Task Readers_forms_work_without_scripts()
    {
        var page = await Site.NewPageAsync(320, javaScript: false);
        await page.GotoAsync("/articles/car-t-for-autoimmune-diseases");

        // Sent empty: the form comes back with its errors, each linked to its field.
        await page.GetByRole(AriaRole.Button, new() { Name = "Send for checking" }).ClickAsync();
        Assert.Equal("There is a problem", await page.Locator(".error-summary__title").TextContentAsync());
        await page.GetByLabel("Name to show with your experience", new() { Exact = true }).FillAsync("Browser reader");
        await page.GetByLabel("Your experience", new() { Exact = true }).FillAsync("<script>alert(1)</script> Knowing what to expect helped. https://example.org");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send for checking" }).ClickAsync();
        Assert.Equal("Thank you for sharing your experience", await page.Locator("h1").TextContentAsync());

        await page.GotoAsync("/compare");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send feedback" }).ClickAsync();
        Assert.Equal("Please choose Yes or No.", await page.Locator("#feedback-helpful-error").TextContentAsync());
        await page.GetByLabel("No", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("What could we do better? (optional)").FillAsync("A picture of the steps would help.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send feedback" }).ClickAsync();
        Assert.Equal("Thank you for your feedback", await page.Locator("h1").TextContentAsync());
        await page.GetByRole(AriaRole.Link, new() { Name = "Go back to the page you were reading" }).ClickAsync();
        await page.WaitForURLAsync("**/compare");
    }

    [Fact]
    public async Task The_forms_errors_and_the_moderation_pages_with_items_have_no_axe_violations_at_320_px()
    {
        // axe runs as a script, so these pages are checked with scripts on.
        var page = await Site.NewPageAsync(320);
        await page.GotoAsync("/articles/what-treatment-is-like");
        await page.GetByLabel("Your experience", new() { Exact = true }).FillAsync("Shown to the editor as plain text: <b>not bold</b>.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send for checking" }).ClickAsync();
        Assert.Equal("There is a problem", await page.Locator(".error-summary__title").TextContentAsync());
        await AccessibilityTests.AssertNoViolationsAsync(page, "share errors at 320px");
        await AssertNoSidewaysScrollAsync(page, "share errors");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSite.Artifacts, "share-errors-320.png"), FullPage = true });
        await page.GetByLabel("Name to show with your experience", new() { Exact = true }).FillAsync("Axe reader");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send for checking" }).ClickAsync();
        Assert.Equal("Thank you for sharing your experience", await page.Locator("h1").TextContentAsync());

        await page.GotoAsync("/glossary");
        await page.GetByLabel("What could we do better? (optional)").FillAsync(new string('x', 501));
        await page.GetByRole(AriaRole.Button, new() { Name = "Send feedback" }).ClickAsync();
        await AccessibilityTests.AssertNoViolationsAsync(page, "feedback errors at 320px");
        await AssertNoSidewaysScrollAsync(page, "feedback errors");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSite.Artifacts, "feedback-errors-320.png"), FullPage = true });
        await page.GetByLabel("Yes", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("What could we do better? (optional)").FillAsync("Clear, thank you.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send feedback" }).ClickAsync();
        Assert.Equal("Thank you for your feedback", await page.Locator("h1").TextContentAsync());

        var admin = await AdminPages.SignedInPageAsync(Site, 320);
        await admin.GotoAsync("/admin/experiences");
        Assert.Contains("<b>not bold</b>", await admin.Locator(".experience-text").Last.TextContentAsync(), StringComparison.Ordinal);
        await AccessibilityTests.AssertNoViolationsAsync(admin, "moderation queue with items at 320px");
        await AssertNoSidewaysScrollAsync(admin, "moderation queue");
        await admin.ScreenshotAsync(new() { Path = Path.Combine(BrowserSite.Artifacts, "admin-experiences-items-320.png"), FullPage = true });
        await admin.GotoAsync("/admin/feedback");
        await AccessibilityTests.AssertNoViolationsAsync(admin, "feedback summary with answers at 320px");
        await AssertNoSidewaysScrollAsync(admin, "feedback summary");
        await admin.ScreenshotAsync(new() { Path = Path.Combine(BrowserSite.Artifacts, "admin-feedback-answers-320.png"), FullPage = true });
    }

    private static async Task AssertNoSidewaysScrollAsync(IPage page, string what)
    {
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"{what} scrolls sideways by {overflow}px at 320px");
    }
}
