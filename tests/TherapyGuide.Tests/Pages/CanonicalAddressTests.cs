using System.Net;

namespace TherapyGuide.Tests.Pages;

/// <summary>
/// One address per page: other spellings are sent to it, and what one reader typed never becomes the canonical link
/// or printed address the output cache then shows every other reader.
/// </summary>
public sealed class CanonicalAddressTests
{
    [Theory]
    [InlineData("/SIDE-EFFECTS", "/side-effects")]
    [InlineData("/Articles?page=1&Utm=X", "/articles?page=1&Utm=X")]
    [InlineData("/articles/Choosing-A-Treatment", "/articles/choosing-a-treatment")]
    [InlineData("/side-effects/", "/side-effects")]
    [InlineData("/Admin/SignIn", "/admin/signin")]
    [InlineData("/FEED.XML", "/feed.xml")]
    public async Task An_address_with_capitals_or_a_trailing_slash_is_sent_301_to_its_normal_form_with_its_query(string asked, string normal)
    {
        using var site = new TestSite();
        using var client = site.CreateClient(new() { AllowAutoRedirect = false });

        var get = await client.GetAsync(asked);
        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, asked));

        Assert.Equal(HttpStatusCode.MovedPermanently, get.StatusCode);
        Assert.Equal(normal, get.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.MovedPermanently, head.StatusCode);
    }

    [Fact]
    public async Task Static_files_and_posts_keep_the_address_they_were_sent_to()
    {
        using var site = new TestSite();
        using var client = site.CreateClient(new() { AllowAutoRedirect = false });

        Assert.NotEqual(HttpStatusCode.MovedPermanently, (await client.GetAsync("/CSS/Site.css")).StatusCode);
        Assert.NotEqual(HttpStatusCode.MovedPermanently, (await client.PostAsync("/FEEDBACK", new FormUrlEncodedContent([]))).StatusCode);
    }

    [Fact]
    public async Task After_odd_spellings_a_page_shows_every_reader_its_own_canonical_link_and_printed_address()
    {
        using var site = new TestSite();
        using var odd = site.CreateClient(new() { AllowAutoRedirect = true });
        using var reader = site.CreateClient(new() { AllowAutoRedirect = false });

        // Each odd spelling is the first request of its page, so it is the one the output cache keeps.
        await odd.GetAsync("/SIDE-EFFECTS");
        await odd.GetAsync("/compare?utm_source=Probe&page=3");
        var sideEffects = await HtmlForm.ParseAsync(await reader.GetAsync("/side-effects"));
        var compare = await HtmlForm.ParseAsync(await reader.GetAsync("/compare"));

        Assert.Equal("http://localhost/side-effects", Canonical(sideEffects));
        Assert.Equal("http://localhost/side-effects", PrintedAddress(sideEffects));
        Assert.Equal("http://localhost/compare", Canonical(compare));
        Assert.Equal("http://localhost/compare", PrintedAddress(compare));
    }

    [Theory]
    [InlineData("/search?page=2&q=cell&utm_source=Probe", "/search?q=cell&page=2", "/search?q=cell&page=2")]
    // The pack prints its short address: its query is lines of letters nobody would type, and each part prints its own.
    [InlineData("/print?pages=side-effects&pages=compare&utm_source=Probe", "/print?pages=compare&pages=side-effects", "/print")]
    public async Task A_page_with_two_query_parameters_shows_one_canonical_link_in_normal_form_in_either_order(string oddFirst, string normal, string printed)
    {
        using var site = new TestSite();
        using var client = site.CreateClient(new() { AllowAutoRedirect = false });

        var first = await HtmlForm.ParseAsync(await client.GetAsync(oddFirst));
        var second = await HtmlForm.ParseAsync(await client.GetAsync(normal));

        Assert.Equal("http://localhost" + normal, Canonical(first));
        Assert.Equal("http://localhost" + normal, Canonical(second));
        Assert.Equal("http://localhost" + printed, PrintedAddress(first));
        Assert.Equal("http://localhost" + printed, PrintedAddress(second));
    }

    private static string? Canonical(AngleSharp.Html.Dom.IHtmlDocument page) => page.QuerySelector("link[rel=canonical]")?.GetAttribute("href");

    private static string? PrintedAddress(AngleSharp.Html.Dom.IHtmlDocument page) => page.QuerySelector(".print-head")?.GetAttribute("data-address");
}
