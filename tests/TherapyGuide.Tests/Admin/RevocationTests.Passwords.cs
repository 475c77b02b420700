using System.Net;
using TherapyGuide.Web.Accounts;

namespace TherapyGuide.Tests.Admin;

// Password changes and resets end every session.
public sealed partial class RevocationTests
{
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
}
