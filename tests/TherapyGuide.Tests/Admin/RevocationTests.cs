using System.Net;
using TherapyGuide.Web.Accounts;

namespace TherapyGuide.Tests.Admin;

/// <summary>
/// Every way of taking rights away applies to the person's very next request, proven with a copy of their sign-in
/// cookie taken before the change (as a stolen or forgotten browser would hold it).
/// </summary>
public sealed partial class RevocationTests(SharedSite shared) : IClassFixture<SharedSite>, IAsyncLifetime, IDisposable
{
    private const string AdminEmail = "chief@example.org";
    private TestSite _site = null!;
    private CapturedSession _admin = null!;

    public async Task InitializeAsync()
    {
        _site = await shared.FreshAsync();
        Assert.Equal(0, (await EditorSession.AddUserAsync(_site, AdminEmail, Roles.Admin, EditorSession.Password)).ExitCode);
        _admin = await CapturedSession.SignInAsync(_site, AdminEmail);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _admin.Dispose();
    }

    [Fact]
    public async Task A_demoted_admin_is_refused_the_admins_pages_at_the_very_next_request()
    {
        await AddAsync("second@example.org", Roles.Admin);
        using var victim = await CapturedSession.SignInAsync(_site, "second@example.org");
        Assert.Equal(HttpStatusCode.OK, (await victim.GetAsync("/admin/backup")).Status);
        using var copy = victim.Copy(_site);

        await PressAsync("/admin/users", $"Change role for second@example.org", ("role", Roles.Editor));

        foreach (var session in new[] { victim, copy })
        {
            var backup = await session.GetAsync("/admin/backup");
            Assert.Equal(HttpStatusCode.Redirect, backup.Status);
            Assert.StartsWith("/admin/denied", backup.Location, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.Redirect, (await session.GetAsync("/admin/users")).Status);
            // Still an editor: the editors' pages still open.
            Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/admin/articles")).Status);
        }
    }

    [Fact]
    public async Task A_locked_editor_is_signed_out_at_the_very_next_request_and_cannot_sign_in()
    {
        await AddAsync("locked@example.org", Roles.Editor);
        using var victim = await CapturedSession.SignInAsync(_site, "locked@example.org");
        using var copy = victim.Copy(_site);

        await PressAsync("/admin/users", "Lock locked@example.org");

        await AssertSignedOutAsync(victim);
        await AssertSignedOutAsync(copy);
        using var again = CapturedSession.New(_site);
        Assert.Equal(HttpStatusCode.OK, (await EditorSession.SubmitSignInAsync(again.Client, "locked@example.org", EditorSession.Password)).StatusCode);
        Assert.Null(again.AuthCookieValue);
    }

    [Fact]
    public async Task A_removed_account_cannot_act_with_a_cookie_it_still_holds()
    {
        await AddAsync("leaver@example.org", Roles.Admin);
        using var victim = await CapturedSession.SignInAsync(_site, "leaver@example.org");
        using var copy = victim.Copy(_site);

        await PressAsync("/admin/users", "Remove leaver@example.org");

        await AssertSignedOutAsync(victim);
        await AssertSignedOutAsync(copy);
        Assert.Equal(0, await SessionsOfAsync("leaver@example.org"));
    }

    [Fact]
    public async Task Sign_out_ends_the_session_for_every_copy_of_the_cookie()
    {
        await AddAsync("leaving-for-lunch@example.org", Roles.Editor);
        using var session = await CapturedSession.SignInAsync(_site, "leaving-for-lunch@example.org");
        using var copy = session.Copy(_site);
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync("/admin")).Status);

        var dashboard = await HtmlForm.ParseAsync(await session.Client.GetAsync("/admin"));
        Assert.Equal(HttpStatusCode.Redirect, (await HtmlForm.From(dashboard, "/admin", "form.signout").PostAsync(session.Client)).StatusCode);

        await AssertSignedOutAsync(session);
        await AssertSignedOutAsync(copy);
        Assert.Equal(0, await SessionsOfAsync("leaving-for-lunch@example.org"));
    }

    [Fact]
    public async Task A_cookie_from_before_an_upgrade_to_server_side_sessions_or_a_forged_one_is_refused()
    {
        using var forged = CapturedSession.New(_site);
        forged.Cookies.Add(new System.Net.Cookie(CapturedSession.AuthCookie, "CfDJ8forged-value") { Path = "/admin", Domain = "localhost" });

        await AssertSignedOutAsync(forged);
    }

    private Task<(int, string, string)> AddAsync(string email, string role) => EditorSession.AddUserAsync(_site, email, role, EditorSession.Password);

    private async Task<HttpResponseMessage> PressAsync(string page, string buttonText, params (string Name, string Value)[] fields)
    {
        var document = await HtmlForm.ParseAsync(await _admin.Client.GetAsync(page));
        var button = document.QuerySelectorAll("main form button").FirstOrDefault(b => b.TextContent.Trim() == buttonText.Replace(" for ", " for ", StringComparison.Ordinal)
            || Normalize(b.TextContent) == Normalize(buttonText));
        Assert.True(button is not null, $"No button '{buttonText}' on {page}");
        var form = HtmlForm.From((AngleSharp.Html.Dom.IHtmlFormElement)button.Closest("form")!, page);
        foreach (var (name, value) in fields)
        {
            form.Set(name, value);
        }

        var response = await form.PostAsync(_admin.Client);
        Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.OK, $"{buttonText}: {response.StatusCode}");
        return response;

        static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    private static async Task AssertSignedOutAsync(CapturedSession session)
    {
        var (status, location) = await session.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.Redirect, status);
        Assert.StartsWith("/admin/signin", location, StringComparison.Ordinal);
        var (postStatus, _) = await session.GetAsync("/admin/articles");
        Assert.Equal(HttpStatusCode.Redirect, postStatus);
    }

    private async Task<long> SessionsOfAsync(string email)
    {
        await using var connection = await TestStore.OpenAsync(_site.DatabasePath);
        return (long)(await TestStore.ScalarAsync(
            connection,
            "SELECT count(*) FROM \"SignInSessions\" s JOIN \"AspNetUsers\" u ON u.\"Id\" = s.\"UserId\" WHERE u.\"Email\" = @email",
            ("email", email)))!;
    }
}
