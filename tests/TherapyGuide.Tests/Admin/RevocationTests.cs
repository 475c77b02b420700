using System.Net;
using Microsoft.Data.Sqlite;
using TherapyGuide.Web.Accounts;

namespace TherapyGuide.Tests.Admin;

/// <summary>
/// Every way of taking rights away applies to the person's very next request, proven with a copy of their sign-in
/// cookie taken before the change (as a stolen or forgotten browser would hold it).
/// </summary>
public sealed class RevocationTests : IAsyncLifetime, IDisposable
{
    private const string AdminEmail = "chief@example.org";
    private readonly TestSite _site = new();
    private CapturedSession _admin = null!;

    public async Task InitializeAsync()
    {
        Assert.Equal(0, (await EditorSession.AddUserAsync(_site, AdminEmail, Roles.Admin, EditorSession.Password)).ExitCode);
        _admin = await CapturedSession.SignInAsync(_site, AdminEmail);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _admin.Dispose();
        _site.Dispose();
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
    public async Task Changing_your_password_signs_out_every_session_and_only_the_new_password_signs_in()
    {
        await AddAsync("mover@example.org", Roles.Editor);
        using var here = await CapturedSession.SignInAsync(_site, "mover@example.org");
        using var elsewhere = await CapturedSession.SignInAsync(_site, "mover@example.org");
        using var copyOfHere = here.Copy(_site);

        var form = HtmlForm.From(await HtmlForm.ParseAsync(await here.Client.GetAsync("/admin/account")), "/admin/account")
            .Set("CurrentPassword", EditorSession.Password)
            .Set("Form.NewPassword", "a brand new long passphrase")
            .Set("Form.ConfirmPassword", "a brand new long passphrase");
        var changed = await form.PostAsync(here.Client);

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal("/admin/signin?passwordSet=true", changed.Headers.Location!.OriginalString);
        var page = await HtmlForm.ParseAsync(await here.Client.GetAsync("/admin/signin?passwordSet=true"));
        Assert.Contains("Your new password is set", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        await AssertSignedOutAsync(here);
        await AssertSignedOutAsync(elsewhere);
        await AssertSignedOutAsync(copyOfHere);
        Assert.Equal(0, await SessionsOfAsync("mover@example.org"));
        Assert.Contains("password-change", await _admin.Client.GetStringAsync("/admin/audit"), StringComparison.Ordinal);

        using var withOld = CapturedSession.New(_site);
        Assert.Equal(HttpStatusCode.OK, (await EditorSession.SubmitSignInAsync(withOld.Client, "mover@example.org", EditorSession.Password)).StatusCode);
        using var withNew = await CapturedSession.SignInAsync(_site, "mover@example.org", "a brand new long passphrase");
        Assert.Equal(HttpStatusCode.OK, (await withNew.GetAsync("/admin")).Status);
    }

    [Fact]
    public async Task A_wrong_current_password_changes_nothing_and_says_so()
    {
        await AddAsync("careful@example.org", Roles.Editor);
        using var here = await CapturedSession.SignInAsync(_site, "careful@example.org");
        using var elsewhere = await CapturedSession.SignInAsync(_site, "careful@example.org");

        var form = HtmlForm.From(await HtmlForm.ParseAsync(await here.Client.GetAsync("/admin/account")), "/admin/account")
            .Set("CurrentPassword", "not my password at all")
            .Set("Form.NewPassword", "a brand new long passphrase")
            .Set("Form.ConfirmPassword", "a brand new long passphrase");
        var refused = await form.PostAsync(here.Client);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var page = await HtmlForm.ParseAsync(refused);
        Assert.Contains("current password is not right", page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await elsewhere.GetAsync("/admin")).Status);

        var mismatch = await form.Set("CurrentPassword", EditorSession.Password).Set("Form.ConfirmPassword", "something else entirely").PostAsync(here.Client);
        Assert.Equal(HttpStatusCode.BadRequest, mismatch.StatusCode);
        Assert.Contains("not the same", (await HtmlForm.ParseAsync(mismatch)).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        var tooShort = await form.Set("Form.NewPassword", "short").Set("Form.ConfirmPassword", "short").PostAsync(here.Client);
        Assert.Equal(HttpStatusCode.BadRequest, tooShort.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await elsewhere.GetAsync("/admin")).Status);
    }

    [Fact]
    public async Task An_admins_forced_reset_ends_every_session_and_its_link_works_once()
    {
        await AddAsync("forgetful@example.org", Roles.Editor);
        using var victim = await CapturedSession.SignInAsync(_site, "forgetful@example.org");
        using var copy = victim.Copy(_site);

        var shown = await HtmlForm.ParseAsync(await PressAsync("/admin/users", "Reset password of forgetful@example.org"));
        var link = new Uri(shown.QuerySelector("#reset-link")!.GetAttribute("value")!);
        Assert.Contains("Waiting for a new password", shown.QuerySelector("main table")!.TextContent, StringComparison.Ordinal);

        await AssertSignedOutAsync(victim);
        await AssertSignedOutAsync(copy);
        using var withOld = CapturedSession.New(_site);
        Assert.Equal(HttpStatusCode.OK, (await EditorSession.SubmitSignInAsync(withOld.Client, "forgetful@example.org", EditorSession.Password)).StatusCode);
        Assert.Null(withOld.AuthCookieValue);

        using var person = CapturedSession.New(_site);
        var resetPage = await person.Client.GetAsync(link.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, resetPage.StatusCode);
        var form = HtmlForm.From(await HtmlForm.ParseAsync(resetPage), "/admin/reset-password")
            .Set("Form.NewPassword", "my fresh long passphrase")
            .Set("Form.ConfirmPassword", "my fresh long passphrase");
        var set = await form.PostAsync(person.Client);
        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        Assert.Equal("/admin/signin?passwordSet=true", set.Headers.Location!.OriginalString);
        using var signedIn = await CapturedSession.SignInAsync(_site, "forgetful@example.org", "my fresh long passphrase");

        // Spent: the same link, or the same form posted again, is refused and changes nothing.
        Assert.Equal(HttpStatusCode.BadRequest, (await person.Client.GetAsync(link.PathAndQuery)).StatusCode);
        var replay = await form.Set("Form.NewPassword", "an attackers long passphrase").Set("Form.ConfirmPassword", "an attackers long passphrase").PostAsync(person.Client);
        Assert.Equal(HttpStatusCode.BadRequest, replay.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await signedIn.GetAsync("/admin")).Status);
        var audit = await _admin.Client.GetStringAsync("/admin/audit");
        Assert.Contains("password-reset-forced", audit, StringComparison.Ordinal);
        Assert.Contains("password-reset<", audit.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_set_password_command_ends_every_session_and_the_new_password_works()
    {
        await AddAsync("phoned@example.org", Roles.Editor);
        using var victim = await CapturedSession.SignInAsync(_site, "phoned@example.org");
        using var copy = victim.Copy(_site);

        var (code, output, error) = await EditorSession.RunCommandAsync(
            _site, "operator set passphrase\n", "users", "set-password", "--email", "phoned@example.org", "--password-stdin");

        Assert.True(code == 0, error);
        Assert.Contains("signed them out everywhere", output, StringComparison.Ordinal);
        await AssertSignedOutAsync(victim);
        await AssertSignedOutAsync(copy);
        using var signedIn = await CapturedSession.SignInAsync(_site, "phoned@example.org", "operator set passphrase");
        Assert.Contains("user-set-password", await _admin.Client.GetStringAsync("/admin/audit"), StringComparison.Ordinal);

        var (unknown, _, unknownError) = await EditorSession.RunCommandAsync(
            _site, "operator set passphrase\n", "users", "set-password", "--email", "nobody@example.org", "--password-stdin");
        Assert.Equal(1, unknown);
        Assert.Contains("no account", unknownError, StringComparison.Ordinal);
        var (weak, _, weakError) = await EditorSession.RunCommandAsync(_site, "short\n", "users", "set-password", "--email", "phoned@example.org", "--password-stdin");
        Assert.Equal(1, weak);
        Assert.Contains("was not changed", weakError, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await signedIn.GetAsync("/admin")).Status);
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
        await using var connection = new SqliteConnection($"Data Source={_site.DatabasePath};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM SignInSessions s JOIN AspNetUsers u ON u.Id = s.UserId WHERE u.Email = $email";
        command.Parameters.AddWithValue("$email", email);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
