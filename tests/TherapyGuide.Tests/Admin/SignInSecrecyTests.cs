using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using TherapyGuide.Web.Accounts;

namespace TherapyGuide.Tests.Admin;

/// <summary>
/// The sign-in page tells an outsider nothing: not whether an account exists, nor whether it is locked. And an outsider
/// who types a named editor's email with wrong passwords holds back only their own address, not the editor.
/// </summary>
public sealed partial class SignInSecrecyTests : IDisposable
{
    private const string ClientHeader = "X-Test-Client-Address";
    private readonly TestSite _site = new();
    private readonly CountingHasher _hasher = new();
    private readonly WebApplicationFactory<Program> _app;

    public SignInSecrecyTests()
    {
        _site.Settings["TherapyGuide:RateLimits:SignInPerMinute"] = "1000";
        _site.Settings["TherapyGuide:SignIn:FailuresPerClient"] = "3";
        _site.Settings["TherapyGuide:SignIn:FailuresPerAccount"] = "8";
        _app = _site.WithWebHostBuilder(builder => builder.ConfigureServices(services =>
        {
            services.AddSingleton<IPasswordHasher<IdentityUser>>(_hasher);
            services.AddSingleton<IStartupFilter, ClientAddressFromHeader>();
        }));
    }

    public void Dispose()
    {
        _app.Dispose();
        _site.Dispose();
    }

    [Fact]
    public async Task Unknown_wrong_locked_reset_and_held_back_all_get_the_same_answer_after_the_same_password_check()
    {
        await AddAsync("known@example.org", Roles.Editor);
        await AddAsync("locked@example.org", Roles.Editor);
        await AddAsync("reset@example.org", Roles.Editor);
        await AddAsync("boss@example.org", Roles.Admin);
        using (var boss = await SignInAsync("boss@example.org", EditorSession.Password, "10.0.0.9"))
        {
            Assert.Equal(HttpStatusCode.Redirect, (await PressAsync(boss, "Lock locked@example.org")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await PressAsync(boss, "Reset password of reset@example.org")).StatusCode);
        }

        // A client held back from known@ by three wrong passwords, for the last case.
        for (var i = 0; i < 3; i++)
        {
            await AttemptAsync("known@example.org", "wrong wrong wrong", "10.0.0.2");
        }

        var cases = new (string Email, string Password, string Client, string What)[]
        {
            ("nobody@example.org", EditorSession.Password, "10.0.0.1", "unknown account"),
            ("known@example.org", "not the password at all", "10.0.0.1", "wrong password"),
            ("locked@example.org", EditorSession.Password, "10.0.0.1", "locked account, right password"),
            ("reset@example.org", EditorSession.Password, "10.0.0.1", "account whose password an admin reset"),
            ("known@example.org", EditorSession.Password, "10.0.0.2", "held-back address, right password"),
        };
        var answers = new List<string>();
        foreach (var (email, password, client, what) in cases)
        {
            var checks = _hasher.Verifications;
            var (status, summary, signedIn) = await AttemptAsync(email, password, client);
            Assert.True(status == HttpStatusCode.OK, $"{what}: {status}");
            Assert.False(signedIn, what);
            Assert.True(_hasher.Verifications - checks == 1, $"{what}: {_hasher.Verifications - checks} password checks");
            answers.Add(summary);
        }

        Assert.Single(answers.Distinct());
        Assert.Contains("could not sign you in", answers[0], StringComparison.Ordinal);
        Assert.DoesNotContain("locked", answers[0], StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Wrong_passwords_from_one_address_hold_back_that_address_only_and_an_unlock_clears_it()
    {
        await AddAsync("named@example.org", Roles.Editor);
        await AddAsync("boss@example.org", Roles.Admin);
        for (var i = 0; i < 6; i++)
        {
            await AttemptAsync("named@example.org", $"guess number {i} is wrong", "203.0.113.7");
        }

        // The outsider's address is held back, even with the right password...
        Assert.False((await AttemptAsync("named@example.org", EditorSession.Password, "203.0.113.7")).SignedIn);
        // ...but the editor, from their own address, signs in, and learns about the attempts on the dashboard.
        using (var editor = await SignInAsync("named@example.org", EditorSession.Password, "198.51.100.4"))
        {
            var dashboard = await HtmlForm.ParseAsync(await editor.GetAsync("/admin"));
            Assert.Contains("7 attempts to sign in to your account failed", Squash(dashboard.QuerySelector("main")!.TextContent), StringComparison.Ordinal);
        }

        using var boss = await SignInAsync("boss@example.org", EditorSession.Password, "198.51.100.5");
        var audit = await boss.GetStringAsync("/admin/audit");
        Assert.Contains("sign-in-held", audit, StringComparison.Ordinal);
        Assert.Contains("named@example.org", audit, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await PressAsync(boss, "Unlock named@example.org", "Lock named@example.org")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PressAsync(boss, "Unlock named@example.org")).StatusCode);
        Assert.True((await AttemptAsync("named@example.org", EditorSession.Password, "203.0.113.7")).SignedIn);
    }

    private Task<(int, string, string)> AddAsync(string email, string role) => EditorSession.AddUserAsync(_site, email, role, EditorSession.Password);

    private HttpClient ClientFrom(string address)
    {
        var client = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        client.DefaultRequestHeaders.Add(ClientHeader, address);
        return client;
    }

    private async Task<(HttpStatusCode Status, string Summary, bool SignedIn)> AttemptAsync(string email, string password, string address)
    {
        using var client = ClientFrom(address);
        var response = await EditorSession.SubmitSignInAsync(client, email, password);
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            return (response.StatusCode, "", true);
        }

        var page = await HtmlForm.ParseAsync(response);
        return (response.StatusCode, Squash(page.QuerySelector(".error-summary")?.TextContent ?? ""), false);
    }

    private async Task<HttpClient> SignInAsync(string email, string password, string address)
    {
        var client = ClientFrom(address);
        Assert.Equal(HttpStatusCode.Redirect, (await EditorSession.SubmitSignInAsync(client, email, password)).StatusCode);
        return client;
    }

    private static async Task<HttpResponseMessage> PressAsync(HttpClient admin, params string[] buttonTexts)
    {
        var page = await HtmlForm.ParseAsync(await admin.GetAsync("/admin/users"));
        var button = page.QuerySelectorAll("main form button").First(b => buttonTexts.Contains(Squash(b.TextContent)));
        return await HtmlForm.From((AngleSharp.Html.Dom.IHtmlFormElement)button.Closest("form")!, "/admin/users").PostAsync(admin);
    }

    private static string Squash(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Counts every password check, to prove an unknown account costs one as a real one does.</summary>
    private sealed class CountingHasher : IPasswordHasher<IdentityUser>
    {
        private readonly PasswordHasher<IdentityUser> _inner = new();
        private int _verifications;

        public int Verifications => _verifications;

        public string HashPassword(IdentityUser user, string password) => _inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(IdentityUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref _verifications);
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }

    /// <summary>Lets a test say which address a request comes from, as a real network would.</summary>
    private sealed class ClientAddressFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (context.Request.Headers.TryGetValue(ClientHeader, out var address))
                {
                    context.Connection.RemoteIpAddress = IPAddress.Parse(address.ToString());
                }

                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
