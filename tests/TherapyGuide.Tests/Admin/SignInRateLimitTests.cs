using System.Net;

namespace TherapyGuide.Tests.Admin;

public sealed class SignInRateLimitTests
{
    [Fact]
    public async Task A_burst_of_sign_in_attempts_is_answered_429_with_a_readable_page()
    {
        using var site = new TestSite();
        using var client = EditorSession.Client(site);
        var page = await HtmlForm.ParseAsync(await client.GetAsync("/admin/signin"));
        var form = HtmlForm.From(page, "/admin/signin").Set("Email", "nobody@example.org").Set("Password", "guess guess guess");

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 15; i++)
        {
            statuses.Add((await form.PostAsync(client)).StatusCode);
        }

        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
        Assert.DoesNotContain(HttpStatusCode.InternalServerError, statuses);
        var limited = await form.PostAsync(client);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Contains("Too many requests", await limited.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
