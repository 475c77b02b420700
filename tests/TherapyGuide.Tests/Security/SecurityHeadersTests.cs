using System.Net;
using TherapyGuide.Tests.Pages;

namespace TherapyGuide.Tests.Security;

[Collection(PublicSite.Collection)]
public sealed class SecurityHeadersTests(PublicSite site)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/articles/immunotherapy-and-car-t-compared")]
    [InlineData("/search?q=lupus")]
    [InlineData("/no-such-page")]
    [InlineData("/admin/signin")]
    [InlineData("/healthz")]
    [InlineData("/css/site.css")]
    public async Task Every_response_carries_the_browser_protections(string address)
    {
        using var client = EditorSession.Client(site.App);

        // Twice: the second answer of a public page comes from the output cache.
        for (var i = 0; i < 2; i++)
        {
            var response = await client.GetAsync(address);
            var csp = Header(response, "Content-Security-Policy");
            Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
            Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
            Assert.DoesNotContain("nonce-", csp, StringComparison.Ordinal);
            Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
            Assert.Equal("same-origin", Header(response, "Referrer-Policy"));
            Assert.Contains("camera=()", Header(response, "Permissions-Policy"), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Sign_in_and_antiforgery_cookies_are_HttpOnly_and_SameSite_strict()
    {
        await EditorSession.AddUserAsync(site.App, "cookies@example.org", "Editor", EditorSession.Password);
        using var client = EditorSession.Client(site.App);
        var form = await client.GetAsync("/admin/signin");
        var page = await HtmlForm.ParseAsync(form);
        var signedIn = await HtmlForm.From(page, "/admin/signin").Set("Email", "cookies@example.org").Set("Password", EditorSession.Password).PostAsync(client);

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var cookies = form.Headers.GetValues("Set-Cookie").Concat(signedIn.Headers.GetValues("Set-Cookie")).ToList();
        Assert.Contains(cookies, c => c.StartsWith("tg.auth=", StringComparison.Ordinal));
        Assert.Contains(cookies, c => c.StartsWith("tg.af=", StringComparison.Ordinal));
        foreach (var cookie in cookies.Where(c => c.StartsWith("tg.", StringComparison.Ordinal)))
        {
            Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        }
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : "";
}
