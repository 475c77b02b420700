using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TherapyGuide.Web.Data;

namespace TherapyGuide.BrowserTests;

/// <summary>
/// What an editor types is kept in the browser until it is saved (drafts.js): offered back after the page was closed,
/// forgotten when discarded or saved, kept when the save is refused.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class KeptDraftTests(BrowserSite site) : BrowserTest(site)
{
    private const string Typed = "A summary typed, and then the tab was closed by accident.";

    [Fact]
    public async Task Text_typed_and_left_is_offered_after_a_reload_and_restore_puts_it_back()
    {
        var page = await EditAsync("how-the-immune-system-fights-cancer");
        var stored = await Summary(page).InputValueAsync();
        await TypeAndKeepAsync(page);

        await page.ReloadAsync();

        var notice = page.Locator(".draft-notice[role=status]");
        await Assertions.Expect(notice).ToContainTextAsync("You have unsaved changes from today at");
        Assert.Equal(stored, await Summary(page).InputValueAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = "Restore them" }).ClickAsync();
        Assert.Equal(Typed, await Summary(page).InputValueAsync());
        await Assertions.Expect(notice).ToContainTextAsync("back in the form");
        // Still kept: closing the page again loses nothing.
        await page.ReloadAsync();
        await Assertions.Expect(notice).ToContainTextAsync("You have unsaved changes");
    }

    [Fact]
    public async Task Discard_forgets_the_kept_text_and_it_is_not_offered_again()
    {
        var page = await EditAsync("side-effects-compared");
        var stored = await Summary(page).InputValueAsync();
        await TypeAndKeepAsync(page);
        await page.ReloadAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Discard them" }).ClickAsync();

        Assert.Equal(stored, await Summary(page).InputValueAsync());
        Assert.Equal(0, await KeptDraftsAsync(page));
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("h1")).ToBeVisibleAsync();
        Assert.Equal(0, await page.Locator(".draft-notice").CountAsync());
    }

    [Fact]
    public async Task A_save_that_went_through_leaves_no_kept_draft()
    {
        var page = await EditAsync("car-t-for-autoimmune-diseases");
        await TypeAndKeepAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**saved=true");

        Assert.Equal(0, await KeptDraftsAsync(page));
        await page.GotoAsync(new Uri(page.Url).AbsolutePath);
        Assert.Equal(Typed, await Summary(page).InputValueAsync());
        Assert.Equal(0, await page.Locator(".draft-notice").CountAsync());
    }

    [Fact]
    public async Task A_save_refused_for_a_missing_title_keeps_the_draft()
    {
        var page = await EditAsync("what-treatment-is-like");
        await page.Locator("#Form_Title").FillAsync("");
        await TypeAndKeepAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator(".error-summary")).ToBeVisibleAsync();

        await page.GotoAsync(new Uri(page.Url).AbsolutePath);
        await page.GetByRole(AriaRole.Button, new() { Name = "Restore them" }).ClickAsync();
        Assert.Equal(Typed, await Summary(page).InputValueAsync());
        Assert.Equal("", await page.Locator("#Form_Title").InputValueAsync());
    }

    [Fact]
    public async Task A_save_refused_because_a_colleague_saved_first_keeps_the_draft_at_the_newer_version()
    {
        const string Slug = "car-t-autoimmune-risks-cost-and-research";
        var mine = await EditAsync(Slug);
        await TypeAndKeepAsync(mine);
        var theirs = await EditAsync(Slug);
        await theirs.Locator("#Form_Title").FillAsync("A colleague's newer title");
        await theirs.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).ClickAsync();
        await theirs.WaitForURLAsync("**saved=true");

        await mine.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).ClickAsync();
        await Assertions.Expect(mine.Locator(".notice--conflict")).ToContainTextAsync("Someone else saved this");

        // The page is closed; opened again, the form is the colleague's version, and the editor's text is offered.
        await mine.GotoAsync(new Uri(mine.Url).AbsolutePath);
        Assert.Equal("A colleague's newer title", await mine.Locator("#Form_Title").InputValueAsync());
        await mine.GetByRole(AriaRole.Button, new() { Name = "Restore them" }).ClickAsync();
        Assert.Equal(Typed, await Summary(mine).InputValueAsync());
    }

    [Fact]
    public async Task The_edit_page_with_the_restore_notice_has_no_axe_violations_at_either_width()
    {
        foreach (var width in new[] { 1280, 320 })
        {
            var page = await EditAsync("choosing-a-treatment", width);
            await TypeAndKeepAsync(page);
            await page.ReloadAsync();
            await Assertions.Expect(page.Locator(".draft-notice")).ToContainTextAsync("You have unsaved changes");

            await AccessibilityTests.AssertNoViolationsAsync(page, $"article edit with the restore notice at {width}px");
            await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSite.Artifacts, $"admin-article-edit-restore-notice-{width}.png") });
        }
    }

    private static ILocator Summary(IPage page) => page.Locator("#Form_Summary");

    /// <summary>Types into the summary and waits until the browser has kept it.</summary>
    private static async Task TypeAndKeepAsync(IPage page)
    {
        await Summary(page).FillAsync(Typed);
        await page.WaitForFunctionAsync(
            "typed => Object.keys(localStorage).some(k => k.startsWith('therapyguide:draft:') && localStorage.getItem(k).includes(typed))", Typed);
    }

    private static Task<int> KeptDraftsAsync(IPage page) =>
        page.EvaluateAsync<int>("() => Object.keys(localStorage).filter(k => k.startsWith('therapyguide:draft:')).length");

    private async Task<IPage> EditAsync(string slug, int width = 1280)
    {
        int id;
        await using (var scope = Site.Services.CreateAsyncScope())
        {
            id = await scope.ServiceProvider.GetRequiredService<TherapyGuideDbContext>().Articles.Where(a => a.Slug == slug).Select(a => a.Id).SingleAsync();
        }

        var page = await AdminPages.SignedInPageAsync(Site, width);
        await page.GotoAsync($"/admin/articles/edit/{id}");
        return page;
    }
}
