using Microsoft.Playwright;

namespace TherapyGuide.BrowserTests;

/// <summary>
/// Chromium enforces the site's Content-Security-Policy (no inline script or style) and reports nothing blocked:
/// on every page, when printing (site.js adds the margin rules through the CSSOM), and in the editor's live preview.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class ContentSecurityPolicyTests(BrowserSite site) : BrowserTest(site)
{
    // Runs before the page's own scripts, outside the policy (Playwright injects it through the DevTools protocol).
    private const string ListenForViolations = """
        window.__violations = [];
        document.addEventListener("securitypolicyviolation", e => window.__violations.push(`${e.violatedDirective} blocked ${e.blockedURI || "inline"} (${e.sourceFile}:${e.lineNumber})`));
        """;

    [Theory]
    [MemberData(nameof(PublicPages.Data), MemberType = typeof(PublicPages))]
    public async Task Public_pages_load_and_print_with_nothing_blocked(string name, string address)
    {
        var page = await Site.NewPageAsync();
        var console = await ListenAsync(page);

        var response = await page.GotoAsync(address);
        Assert.Contains("script-src 'self'", (await response!.AllHeadersAsync())["content-security-policy"], StringComparison.Ordinal);
        await page.EvaluateAsync("() => window.dispatchEvent(new Event('beforeprint'))");
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        await page.PdfAsync(new PagePdfOptions { Format = "A4" });

        // The print margins were added (so the CSSOM route was taken and allowed).
        var marginRules = await page.EvaluateAsync<int>(
            "() => [...document.styleSheets].filter(s => s.href && s.href.includes('/css/site')).flatMap(s => [...s.cssRules]).filter(r => r.cssText.startsWith('@page') && r.cssText.includes('@top-left')).length");
        Assert.True(marginRules > 0, $"{name}: no print margin rule was added");
        await AssertNothingBlockedAsync(page, console);
    }

    [Fact]
    public async Task The_editors_live_preview_runs_with_nothing_blocked()
    {
        var page = await AdminPages.SignedInPageAsync(Site);
        var console = await ListenAsync(page);
        await page.GotoAsync("/admin/articles/edit/1");
        var preview = page.Locator("[data-preview]");

        await page.Locator("textarea[name='Form.Body']").FillAsync("## Checked heading\n\nA **bold** word and <script>alert(1)</script> text.");
        await preview.Locator("h2", new LocatorLocatorOptions { HasText = "Checked heading" }).WaitForAsync();

        Assert.Equal(0, await preview.Locator("script").CountAsync());
        await AssertNothingBlockedAsync(page, console);
    }

    [Fact]
    public async Task An_inline_script_or_style_is_blocked_and_reported()
    {
        var page = await Site.NewPageAsync();
        await ListenAsync(page);
        await page.GotoAsync("/");

        var ran = await page.EvaluateAsync<bool>("""
            async () => {
                const script = document.createElement("script");
                script.textContent = "window.inlineRan = true";
                document.head.append(script);
                document.body.setAttribute("style", "background: red");
                await new Promise(resolve => setTimeout(resolve, 100));
                return window.inlineRan === true;
            }
            """);

        Assert.False(ran);
        var violations = await page.EvaluateAsync<string[]>("() => window.__violations");
        Assert.Contains(violations, v => v.StartsWith("script-src", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.StartsWith("style-src", StringComparison.Ordinal));
    }

    private static async Task<List<string>> ListenAsync(IPage page)
    {
        var messages = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                messages.Add(message.Text);
            }
        };
        await page.AddInitScriptAsync(ListenForViolations);
        return messages;
    }

    private static async Task AssertNothingBlockedAsync(IPage page, List<string> console)
    {
        var violations = await page.EvaluateAsync<string[]>("() => window.__violations");
        Assert.Empty(violations);
        Assert.DoesNotContain(console, m => m.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase) || m.Contains("Refused to", StringComparison.Ordinal));
    }
}
