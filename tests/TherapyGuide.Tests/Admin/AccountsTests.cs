using System.Net;
using TherapyGuide.Web.Accounts;

namespace TherapyGuide.Tests.Admin;

public sealed class AccountsTests(SharedSite shared) : IClassFixture<SharedSite>, IAsyncLifetime
{
    private TestSite _site = null!;

    public async Task InitializeAsync() => _site = await shared.FreshAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    public static TheoryData<string> AdminAddresses() =>
    [
        "/admin", "/admin/articles", "/admin/articles/edit", "/admin/articles/edit/1", "/admin/comparison", "/admin/comparison/edit/1",
        "/admin/side-effects", "/admin/side-effects/edit/1", "/admin/glossary", "/admin/glossary/edit/1", "/admin/conditions",
        "/admin/conditions/edit/1", "/admin/history/article/1", "/admin/delete/article/1", "/admin/users", "/admin/audit",
    ];

    [Theory]
    [MemberData(nameof(AdminAddresses))]
    public async Task Every_admin_address_sends_anonymous_visitors_to_sign_in(string address)
    {
        using var client = EditorSession.Client(_site);

        var response = await client.GetAsync(address);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/signin", response.Headers.Location!.PathAndQuery, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("/admin/articles/edit/1")]
    [InlineData("/admin/delete/article/1")]
    [InlineData("/admin/history/article/1?handler=Restore")]
    [InlineData("/admin/signout")]
    public async Task Anonymous_posts_change_nothing(string address)
    {
        using var client = EditorSession.Client(_site);

        var response = await client.PostAsync(address, new FormUrlEncodedContent([new("Form.Title", "Hacked"), new("version", "1")]));

        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{address} answered {response.StatusCode}");
        Assert.StartsWith("/admin/signin?ReturnUrl=", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        using var reader = EditorSession.Client(_site);
        Assert.DoesNotContain("Hacked", await reader.GetStringAsync("/articles"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signed_in_posts_without_a_valid_antiforgery_token_are_refused()
    {
        using var client = await EditorSession.SignInAsync(_site, "token@example.org");
        var form = HtmlForm.From(await HtmlForm.ParseAsync(await client.GetAsync("/admin/glossary/edit/1")), "/admin/glossary/edit/1")
            .Set("Form.Definition", "Changed without a token");

        var missing = await form.Remove("__RequestVerificationToken").PostAsync(client);
        var forged = await form.Set("__RequestVerificationToken", "CfDJ8forged").PostAsync(client);

        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.DoesNotContain("Changed without a token", await client.GetStringAsync("/glossary"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_users_add_command_creates_an_account_that_can_sign_in_and_sign_out()
    {
        var (code, output, _) = await EditorSession.AddUserAsync(_site, "new.editor@example.org", "editor", EditorSession.Password);

        Assert.Equal(0, code);
        Assert.Contains("Created Editor account new.editor@example.org", output, StringComparison.Ordinal);
        using var client = EditorSession.Client(_site);
        var signIn = await EditorSession.SubmitSignInAsync(client, "new.editor@example.org", EditorSession.Password);
        Assert.Equal("/admin", signIn.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin")).StatusCode);

        var dashboard = await HtmlForm.ParseAsync(await client.GetAsync("/admin"));
        var signOut = await HtmlForm.From(dashboard, "/admin", "form.signout").PostAsync(client);
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/admin")).StatusCode);
    }

    [Theory]
    [InlineData("not-an-email", "Editor", "a long enough test passphrase", "not a valid email address")]
    [InlineData("someone@example.org", "Owner", "a long enough test passphrase", "must be Editor, Reviewer or Admin")]
    [InlineData("someone@example.org", "Editor", "short", "at least 12 characters")]
    [InlineData("someone@example.org", "Editor", "", "No password")]
    public async Task The_users_add_command_refuses_bad_input_with_a_clear_message(string email, string role, string password, string message)
    {
        var (code, _, error) = await EditorSession.AddUserAsync(_site, email, role, password);

        Assert.Equal(1, code);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_users_add_command_refuses_an_existing_account_and_a_missing_flag()
    {
        Assert.Equal(0, (await EditorSession.AddUserAsync(_site, "twice@example.org", Roles.Editor, EditorSession.Password)).ExitCode);

        var again = await EditorSession.AddUserAsync(_site, "twice@example.org", Roles.Admin, EditorSession.Password);
        var noStdin = await EditorSession.RunCommandAsync(_site, EditorSession.Password, "users", "add", "--email", "x@example.org", "--role", "Editor");

        Assert.Equal(1, again.ExitCode);
        Assert.Contains("already exists", again.Error, StringComparison.Ordinal);
        Assert.Equal(2, noStdin.ExitCode);
        Assert.Contains("--password-stdin", noStdin.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        Assert.Equal(0, (await EditorSession.AddUserAsync(_site, "locked@example.org", Roles.Editor, EditorSession.Password)).ExitCode);
        using var client = EditorSession.Client(_site);

        for (var i = 0; i < 5; i++)
        {
            var wrong = await EditorSession.SubmitSignInAsync(client, "locked@example.org", $"wrong password {i}");
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        var right = await EditorSession.SubmitSignInAsync(client, "locked@example.org", EditorSession.Password);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("locked", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task A_wrong_password_says_so_next_to_the_form_and_keeps_the_email()
    {
        Assert.Equal(0, (await EditorSession.AddUserAsync(_site, "typo@example.org", Roles.Editor, EditorSession.Password)).ExitCode);
        using var client = EditorSession.Client(_site);

        var response = await EditorSession.SubmitSignInAsync(client, "typo@example.org", "not the password");
        var page = await HtmlForm.ParseAsync(response);

        Assert.Contains("could not sign you in", page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("typo@example.org", page.QuerySelector("#Email")!.GetAttribute("value"));
        Assert.Equal("", page.QuerySelector("#Password")!.GetAttribute("value") ?? "");
    }

    [Fact]
    public async Task Editors_cannot_reach_the_admins_pages_but_admins_can()
    {
        using var editor = await EditorSession.SignInAsync(_site, "plain.editor@example.org");
        using var admin = await EditorSession.SignInAsync(_site, "boss@example.org", Roles.Admin);

        Assert.Equal(HttpStatusCode.Redirect, (await editor.GetAsync("/admin/audit")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await editor.GetAsync("/admin/users")).StatusCode);
        var audit = await admin.GetStringAsync("/admin/audit");
        Assert.Contains("sign-in", audit, StringComparison.Ordinal);
        Assert.Contains("plain.editor@example.org", audit, StringComparison.Ordinal);
        Assert.Contains("plain.editor@example.org", await admin.GetStringAsync("/admin/users"), StringComparison.Ordinal);
    }
}
