using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TherapyGuide.Web.Data;

namespace TherapyGuide.BrowserTests;

/// <summary>The article editor's buttons in a real browser: each one posts where it says.</summary>
[Collection(SharedBrowser.Name)]
public sealed class EditorFormTests(BrowserSite site) : BrowserTest(site)
{
    [Fact]
    public async Task Save_pressed_after_Preview_saves_and_the_change_is_on_the_public_page()
    {
        const string Slug = "choosing-a-treatment";
        const string Added = "Quokkaline check: previewed, then saved.";
        int id;
        await using (var scope = Site.Services.CreateAsyncScope())
        {
            id = await scope.ServiceProvider.GetRequiredService<TherapyGuideDbContext>().Articles.Where(a => a.Slug == Slug).Select(a => a.Id).SingleAsync();
        }

        var page = await AdminPages.SignedInPageAsync(Site);
        await page.GotoAsync($"/admin/articles/edit/{id}");
        var body = page.Locator("#Form_Body");
        await body.FillAsync(await body.InputValueAsync() + "\n\n" + Added);

        // The live preview (editor.js) follows the typing before any button is pressed.
        await Assertions.Expect(page.Locator("[data-preview]")).ToContainTextAsync(Added);

        await page.GetByRole(AriaRole.Button, new() { Name = "Preview", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**handler=Preview");
        await Assertions.Expect(page.Locator("[data-preview]")).ToContainTextAsync(Added);
        Assert.Contains(Added, await page.Locator("#Form_Body").InputValueAsync(), StringComparison.Ordinal);

        await page.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**saved=true");
        Assert.True(await page.Locator(".notice--success").IsVisibleAsync());

        await page.GotoAsync($"/articles/{Slug}");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync(Added);
    }
}
