using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace TherapyGuide.BrowserTests;

/// <summary>WCAG 2.2 AA as axe-core checks it, plus the layout at 320 px, on every public and admin page.</summary>
[Collection(SharedBrowser.Name)]
public sealed class AccessibilityTests(BrowserSite site) : BrowserTest(site)
{
    private static readonly AxeRunOptions _wcag = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
    };

    [Theory]
    [MemberData(nameof(PublicPages.Data), MemberType = typeof(PublicPages))]
    public async Task Public_pages_have_no_axe_violations_at_either_width(string name, string address)
    {
        foreach (var width in new[] { 1280, 320 })
        {
            var page = await Site.NewPageAsync(width);
            await page.GotoAsync(address);
            await AssertNoViolationsAsync(page, $"{name} at {width}px");
            await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSite.Artifacts, $"{name}-{width}.png"), FullPage = true });
        }
    }

    [Theory]
    [MemberData(nameof(AdminPages.Data), MemberType = typeof(AdminPages))]
    public async Task Admin_pages_have_no_axe_violations_at_either_width(string name, string address)
    {
        foreach (var width in new[] { 1280, 320 })
        {
            var page = await AdminPages.SignedInPageAsync(Site, width);
            await page.GotoAsync(address);
            await AssertNoViolationsAsync(page, $"{name} at {width}px");
            await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSite.Artifacts, $"{name}-{width}.png"), FullPage = true });
        }
    }

    [Fact]
    public async Task The_sign_in_page_and_its_errors_have_no_axe_violations()
    {
        var page = await Site.NewPageAsync(320);
        await page.GotoAsync("/admin/signin");
        await AssertNoViolationsAsync(page, "sign-in");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await AssertNoViolationsAsync(page, "sign-in with errors");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSite.Artifacts, "admin-signin-errors-320.png"), FullPage = true });
    }

    [Theory]
    [MemberData(nameof(PublicPages.Data), MemberType = typeof(PublicPages))]
    public async Task Public_pages_never_scroll_sideways_at_320_px_or_400_percent_zoom(string name, string address)
    {
        // 1280 px at 400% zoom lays out like a 320 px screen.
        var page = await Site.NewPageAsync(320);
        await page.GotoAsync(address);

        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");

        Assert.True(overflow <= 0, $"{name} scrolls sideways by {overflow}px at 320px");
    }

    [Theory]
    [MemberData(nameof(AdminPages.Data), MemberType = typeof(AdminPages))]
    public async Task Admin_pages_never_scroll_sideways_at_320_px(string name, string address)
    {
        var page = await AdminPages.SignedInPageAsync(Site, 320);
        await page.GotoAsync(address);

        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");

        Assert.True(overflow <= 0, $"{name} scrolls sideways by {overflow}px at 320px");
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/articles/car-t-for-autoimmune-diseases")]
    [InlineData("/side-effects")]
    public async Task Pages_read_and_work_in_forced_colours_and_with_reduced_motion(string address)
    {
        var page = await Site.NewPageAsync();
        await page.EmulateMediaAsync(new() { ForcedColors = ForcedColors.Active, ReducedMotion = ReducedMotion.Reduce });
        await page.GotoAsync(address);

        await AssertNoViolationsAsync(page, $"{address} in forced colours");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSite.Artifacts, $"forced-colours{address.Replace('/', '-')}.png") });
    }

    internal static async Task AssertNoViolationsAsync(IPage page, string what)
    {
        var result = await page.RunAxe(_wcag);
        var problems = result.Violations
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}")
            .ToList();
        Assert.True(problems.Count == 0, $"{what}:\n{string.Join("\n", problems)}");
    }
}
