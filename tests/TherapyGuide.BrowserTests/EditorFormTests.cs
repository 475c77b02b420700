using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TherapyGuide.Web.Data;

namespace TherapyGuide.BrowserTests;

/// <summary>The article editor's buttons in a real browser: each one posts where it says, and stays in reach.</summary>
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

    [Theory]
    [InlineData(320)]
    [InlineData(1280)]
    public async Task A_side_effects_preview_shows_the_card_on_a_phone_and_on_paper_with_no_axe_violations_and_saves_nothing(int width)
    {
        const string Typed = "Previewed only: call the team.";
        var page = await AdminPages.SignedInPageAsync(Site, width);
        await page.GotoAsync("/admin/side-effects/edit/2");
        var before = await page.Locator("#Form_Management").InputValueAsync();
        await page.Locator("#Form_Management").FillAsync(Typed);

        await page.GetByRole(AriaRole.Button, new() { Name = "Preview", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**handler=Preview");

        var phone = page.FrameLocator("iframe[title='Preview on a phone']");
        var paper = page.FrameLocator("iframe[title='Preview on paper']");
        await Assertions.Expect(phone.Locator(".care-card")).ToBeVisibleAsync();
        await AccessibilityTests.AssertNoViolationsAsync(page, $"side-effect preview at {width}px");
        await page.GetByText("Printed on A4 paper").ClickAsync();
        // On paper the card's details print open, as they do on a real sheet; on the phone they wait for a tap.
        await Assertions.Expect(paper.Locator(".care-card")).ToContainTextAsync(Typed);
        await Assertions.Expect(phone.Locator(".care-card__more p").Last).Not.ToBeVisibleAsync();
        // Each frame lays the page out at its own width: the phone's 360 px, the sheet's 794 px less its margins.
        Assert.Equal(360, await phone.Locator("html").EvaluateAsync<int>("e => e.clientWidth"));
        Assert.True(await phone.Locator("html").EvaluateAsync<bool>("e => e.scrollWidth <= e.clientWidth"), "the phone preview scrolls sideways");
        Assert.Equal("16px", await paper.Locator("body").EvaluateAsync<string>("e => getComputedStyle(e).fontSize")); // the print rules' 12 pt
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"), $"the edit page scrolls sideways at {width}px");
        Assert.Equal(Typed, await page.Locator("#Form_Management").InputValueAsync());
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSite.Artifacts, $"admin-side-effect-preview-{width}.png"), FullPage = true });

        await page.GotoAsync("/admin/side-effects/edit/2");
        Assert.Equal(before, await page.Locator("#Form_Management").InputValueAsync());
    }

    [Theory]
    [InlineData(320)]
    [InlineData(1280)]
    public async Task The_save_bar_stays_at_the_bottom_of_the_window_on_a_long_article_and_never_covers_a_focused_field(int width)
    {
        var page = await AdminPages.SignedInPageAsync(Site, width);
        await page.GotoAsync("/admin/articles/edit/1");
        var bar = page.Locator("form:has(> input[name='Form.Version']) > .buttons");
        var save = bar.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true });
        var height = page.ViewportSize!.Height;
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollHeight > 3 * innerHeight"), "the form is not long");

        // At the top of the form and half way down it, the bar is the bottom of the window.
        foreach (var part in new[] { 0, 0.5 })
        {
            await page.EvaluateAsync("part => window.scrollTo(0, document.documentElement.scrollHeight * part)", part);
            var box = (await bar.BoundingBoxAsync())!;
            Assert.InRange(box.Y + box.Height, height - 1, height + 1);
            await Assertions.Expect(save).ToBeInViewportAsync(new() { Ratio = 1 });
        }

        // A field just under the bar, reached by keyboard, is brought clear of it.
        var sources = page.Locator("#Form_Sources");
        await page.EvaluateAsync("""
            () => {
                const bar = document.querySelector("form > .buttons").getBoundingClientRect();
                window.scrollTo(0, document.querySelector("#Form_Sources").getBoundingClientRect().top + window.scrollY - bar.top - 10);
            }
            """);
        await sources.FocusAsync();
        var field = (await sources.BoundingBoxAsync())!;
        var covered = (await bar.BoundingBoxAsync())!;
        Assert.True(field.Y + field.Height <= covered.Y, $"the focused field ends at {field.Y + field.Height}px, under the save bar at {covered.Y}px");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSite.Artifacts, $"admin-article-edit-save-bar-{width}.png") });
    }
}
