using System.Net;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace TherapyGuide.Testing;

/// <summary>
/// A browser whose cookies can be read and copied: the revocation tests take a copy of the sign-in cookie before a
/// change and prove that the copy is refused afterwards, as a stolen cookie would be.
/// </summary>
public sealed class CapturedSession : IDisposable
{
    public const string AuthCookie = "tg.auth";

    private static readonly Uri _admin = new("http://localhost/admin/");

    private CapturedSession(TestSite site, CookieContainer cookies)
    {
        Cookies = cookies;
        Client = site.CreateDefaultClient(new CookieContainerHandler(cookies));
    }

    public CookieContainer Cookies { get; }

    public HttpClient Client { get; }

    /// <summary>The sign-in cookie's value as it is now.</summary>
    public string? AuthCookieValue => Cookies.GetCookies(_admin)[AuthCookie]?.Value;

    public static CapturedSession New(TestSite site) => new(site, new CookieContainer());

    /// <summary>Signs in through the real form with an account that already exists.</summary>
    public static async Task<CapturedSession> SignInAsync(TestSite site, string email, string password = EditorSession.Password)
    {
        var session = New(site);
        var response = await EditorSession.SubmitSignInAsync(session.Client, email, password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.NotNull(session.AuthCookieValue);
        return session;
    }

    /// <summary>Another browser holding a copy of this one's sign-in cookie as it is now.</summary>
    public CapturedSession Copy(TestSite site)
    {
        var copy = New(site);
        copy.Cookies.Add(new Cookie(AuthCookie, AuthCookieValue ?? throw new InvalidOperationException("Not signed in.")) { Path = "/admin", Domain = "localhost" });
        return copy;
    }

    /// <summary>The same browser, its cookies shared, sent to another node of the site (as a load balancer may).</summary>
    public CapturedSession Through(TestSite node) => new(node, Cookies);

    /// <summary>The status of GET <paramref name="address"/>, and where a redirect points.</summary>
    public async Task<(HttpStatusCode Status, string? Location)> GetAsync(string address)
    {
        using var response = await Client.GetAsync(address);
        var location = response.Headers.Location;
        return (response.StatusCode, location is null ? null : location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString);
    }

    public void Dispose() => Client.Dispose();
}
