using System.Net;
using Xunit.Abstractions;

namespace TherapyGuide.Tests.Security;

/// <summary>
/// Hostile input at every public and admin input: each answer is a deliberate 4xx or a normal page, never a 500;
/// nothing sent comes back as live markup; and nothing refused changes the store.
/// </summary>
public sealed partial class HostileInputTests(HostileInputSite site, ITestOutputHelper output) : IClassFixture<HostileInputSite>
{
    private const string Token = "__RequestVerificationToken";

    private readonly List<string> _problems = [];
    private string _hash = "";
    private int _sent;

    [Fact]
    public void The_suite_has_at_least_200_distinct_payloads()
    {
        var distinct = HostilePayloads.Text.Distinct(StringComparer.Ordinal).Count();
        output.WriteLine($"{distinct} distinct text payloads, {HostilePayloads.InvalidUtf8.Count} invalid UTF-8 byte sequences");
        Assert.True(distinct >= 200, $"only {distinct} payloads");
        // The check itself sees what it is looking for.
        Assert.NotEmpty(LiveMarkup.FindInPage("<p><img src=x onerror=alert(1)></p>"));
        Assert.NotEmpty(LiveMarkup.FindInPage("<script>alert(1)</script>"));
        Assert.NotEmpty(LiveMarkup.FindInPage("<a href=\" javascript:alert(1)\">x</a>"));
        Assert.NotEmpty(LiveMarkup.FindInPage("<script type=\"application/ld+json\">{\"a\":1}</script><script>x</script>"));
    }

    [Fact]
    public async Task Search_words_and_page_numbers()
    {
        await StartAsync();
        foreach (var payload in HostilePayloads.Text)
        {
            await GetAsync(site.Reader, "/search?q=" + HostilePayloads.Escape(payload), "search q", payload);
        }

        foreach (var bytes in HostilePayloads.InvalidUtf8)
        {
            await GetAsync(site.Reader, "/search?q=" + HostilePayloads.Escape(bytes), "search q (invalid UTF-8)", Convert.ToHexString(bytes));
            await GetAsync(site.Reader, "/search?q=lupus&page=" + HostilePayloads.Escape(bytes), "search page (invalid UTF-8)", Convert.ToHexString(bytes));
        }

        foreach (var payload in HostilePayloads.Identifiers)
        {
            await GetAsync(site.Reader, "/search?q=lupus&page=" + HostilePayloads.Escape(payload), "search page", payload);
        }

        await GetAsync(site.Reader, "/search?q=lupus&q=%3Cscript%3E&page=1&page=2", "search duplicated", "q twice");
        await FinishAsync(nameof(Search_words_and_page_numbers));
    }

    [Fact]
    public async Task Article_and_glossary_addresses()
    {
        await StartAsync();
        foreach (var payload in HostilePayloads.Paths)
        {
            foreach (var prefix in new[] { "/articles/", "/glossary/" })
            {
                await GetAsync(site.Reader, prefix + HostilePayloads.Escape(payload), prefix + "{escaped}", payload);
                // As typed: traversal and already-encoded slashes reach the server as they are.
                if (payload.All(c => c is > ' ' and < '\u007f' and not '#' and not '?'))
                {
                    await GetAsync(site.Reader, prefix + payload, prefix + "{raw}", payload);
                }
            }
        }

        foreach (var bytes in HostilePayloads.InvalidUtf8)
        {
            await GetAsync(site.Reader, "/articles/" + HostilePayloads.Escape(bytes), "article (invalid UTF-8)", Convert.ToHexString(bytes));
            await GetAsync(site.Reader, "/glossary/" + HostilePayloads.Escape(bytes), "glossary (invalid UTF-8)", Convert.ToHexString(bytes));
        }

        await FinishAsync(nameof(Article_and_glossary_addresses));
    }

    [Fact]
    public async Task Print_pack_page_lists_and_query_strings_on_every_public_page()
    {
        await StartAsync();
        string[] pages = ["/", "/articles", "/compare", "/side-effects", "/conditions", "/glossary", "/questions", "/feed.xml", "/sitemap.xml", "/robots.txt", "/healthz", "/error/404"];
        foreach (var payload in HostilePayloads.Text)
        {
            var escaped = HostilePayloads.Escape(payload);
            await GetAsync(site.Reader, "/print?pages=" + escaped, "print pages", payload);
            await GetAsync(site.Reader, $"/print?pages=compare&pages={escaped}&pages=compare", "print pages (mixed)", payload);
            foreach (var page in pages)
            {
                await GetAsync(site.Reader, $"{page}?{escaped}={escaped}&page={escaped}", page + "?{query}", payload);
            }
        }

        foreach (var bytes in HostilePayloads.InvalidUtf8)
        {
            await GetAsync(site.Reader, "/print?pages=" + HostilePayloads.Escape(bytes), "print (invalid UTF-8)", Convert.ToHexString(bytes));
        }

        await FinishAsync(nameof(Print_pack_page_lists_and_query_strings_on_every_public_page));
    }

    private async Task StartAsync() => _hash = await site.ContentHashAsync();

    private async Task FinishAsync(string name)
    {
        Assert.Equal(_hash, await site.ContentHashAsync()); // reads never change anything, and every refusal was checked
        output.WriteLine($"{name}: {_sent} hostile requests, {_problems.Count} problems; whole suite so far: {site.Tried} requests, {site.ServerErrors} answered 5xx");
        Assert.True(_problems.Count == 0, string.Join('\n', _problems.Take(30)));
    }

    private async Task<HtmlForm> FormAsync(string address, string selector = "main form[method=post]")
    {
        var response = await site.Admin.GetAsync(address);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return HtmlForm.From(await HtmlForm.ParseAsync(response), address, selector);
    }

    private async Task GetAsync(HttpClient client, string address, string input, string payload)
    {
        if (address.Contains("%00", StringComparison.Ordinal) && address.Split('?')[0].Contains("%00", StringComparison.Ordinal))
        {
            return; // the test host cannot carry a NUL in a path; Kestrel answers such a request line 400 itself
        }

        var response = await client.GetAsync(new Uri(address, UriKind.Relative));
        await CheckAsync(response, input, payload);
    }

    /// <summary>Posts and checks; returns whether the post was accepted (redirected on success), the only way the store may change.</summary>
    private async Task<bool> PostAsync(HttpClient client, string address, IEnumerable<KeyValuePair<string, string>> fields, string input, string payload) =>
        await PostAsync(client, address, Encode(fields), input, payload);

    private async Task<bool> PostAsync(HttpClient client, string address, HttpContent content, string input, string payload)
    {
        using (content)
        {
            if (address.Split('?')[0].Contains("%00", StringComparison.Ordinal))
            {
                return false; // as above: never reaches the site
            }

            var response = await client.PostAsync(new Uri(address, UriKind.Relative), content);
            await CheckAsync(response, input, payload);
            var location = response.Headers.Location?.OriginalString ?? "";
            var accepted = (int)response.StatusCode is 301 or 302 or 303 && !location.Contains("/admin/signin", StringComparison.OrdinalIgnoreCase);
            var hash = await site.ContentHashAsync();
            if (!accepted && hash != _hash)
            {
                _problems.Add($"{input}: refused ({(int)response.StatusCode}) but the store changed, from {Show(payload)}");
            }

            _hash = hash;
            return accepted;
        }
    }

    private async Task CheckAsync(HttpResponseMessage response, string input, string payload)
    {
        Count(response, input, payload);
        if (response.Content.Headers.ContentType?.MediaType == "text/html")
        {
            foreach (var found in LiveMarkup.FindInPage(await response.Content.ReadAsStringAsync()))
            {
                _problems.Add($"{input}: {found} in the answer to {Show(payload)}");
            }
        }
    }

    private void Count(HttpResponseMessage response, string input, string payload)
    {
        _sent++;
        site.Counted(response);
        if ((int)response.StatusCode >= 500)
        {
            _problems.Add($"{input}: {(int)response.StatusCode} for {Show(payload)}");
        }
    }
}
