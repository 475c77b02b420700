using System.Net;

namespace TherapyGuide.Tests.Security;

/// <summary>
/// U+0000 in a query or a form (Kestrel itself refuses one in the path): PostgreSQL text cannot hold it, so the site turns it away with the readable
/// 400 page on every store, before it reaches one; search reads words only and answers as usual.
/// </summary>
public sealed class NulCharacterTests(SharedSite shared) : IClassFixture<SharedSite>
{
    [Theory]
    [InlineData("/admin/reset-password?id=%00&token=abc")]
    [InlineData("/admin/reset-password?id=abc&token=a%00b")]
    public async Task A_nul_in_a_query_is_refused_with_the_readable_400_page(string address)
    {
        var site = await shared.FreshAsync();
        using var reader = site.CreateClient(new() { AllowAutoRedirect = false });

        var response = await reader.GetAsync(address);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("<h1", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_nul_typed_into_the_sign_in_form_is_refused_and_search_still_answers()
    {
        var site = await shared.FreshAsync();
        using var client = EditorSession.Client(site);

        var refused = await EditorSession.SubmitSignInAsync(client, "someone\0@example.org", EditorSession.Password);
        var searched = await client.GetAsync("/search?q=%00fever");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, searched.StatusCode);
        Assert.Contains("/glossary/fever", await searched.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
