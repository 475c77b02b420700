using System.Net;
using TherapyGuide.Web.Accounts;

namespace TherapyGuide.Tests.Admin;

// Only many addresses together lock an account; wrong passwords at once are each counted.
public sealed partial class SignInSecrecyTests
{
    [Fact]
    public async Task Only_many_addresses_together_lock_the_account_itself()
    {
        await AddAsync("target@example.org", Roles.Editor);
        // FailuresPerAccount is 8 here: three addresses, three wrong passwords each.
        foreach (var client in new[] { "192.0.2.1", "192.0.2.2", "192.0.2.3" })
        {
            for (var i = 0; i < 3; i++)
            {
                await AttemptAsync("target@example.org", "wrong wrong wrong", client);
            }
        }

        var (status, summary, signedIn) = await AttemptAsync("target@example.org", EditorSession.Password, "192.0.2.200");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.False(signedIn);
        Assert.Contains("could not sign you in", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_passwords_sent_all_at_once_are_each_answered_and_counted()
    {
        await AddAsync("rushed@example.org", Roles.Editor);
        using var client = ClientFrom("203.0.113.50");
        var form = HtmlForm.From(await HtmlForm.ParseAsync(await client.GetAsync("/admin/signin")), "/admin/signin")
            .Set("Email", "rushed@example.org").Set("Password", "wrong wrong wrong");

        var answers = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => form.PostAsync(client)));

        Assert.All(answers, answer => Assert.Equal(HttpStatusCode.OK, answer.StatusCode));
        // Held back (and, past 8 here, the account itself locked): the right password does not get in.
        Assert.False((await AttemptAsync("rushed@example.org", EditorSession.Password, "203.0.113.50")).SignedIn);
    }
}
