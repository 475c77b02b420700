using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using TherapyGuide.Web.Content;
using TherapyGuide.Web.Content.Files;

namespace TherapyGuide.Tests.Pages;

/// <summary>/about and the footer say who publishes the site and how to reach them, from TherapyGuide:Publisher.</summary>
[Collection(PublicSite.Collection)]
public sealed class AboutPageTests(PublicSite site, AboutPageTests.ConfiguredSite configured) : IClassFixture<AboutPageTests.ConfiguredSite>
{
    private const string HostileName = "Harbour <script>alert(1)</script> & Co";
    private const string Email = "help@harbour.example.org";

    /// <summary>A site whose publisher is not the appsettings.json default, with markup in its name.</summary>
    public sealed class ConfiguredSite : IDisposable
    {
        public TestSite App { get; } = new()
        {
            Settings =
            {
                ["TherapyGuide:Publisher:Name"] = HostileName,
                ["TherapyGuide:Publisher:ContactEmail"] = Email,
                ["TherapyGuide:Publisher:Address"] = "1 Quay Street, Harbourtown",
                ["TherapyGuide:Publisher:Url"] = "https://harbour.example.org/",
            },
        };

        public void Dispose() => App.Dispose();
    }

    public static TheoryData<string> PublicAddresses() =>
    [
        "/", "/about", "/articles", "/articles/immunotherapy-and-car-t-compared", "/compare", "/side-effects", "/conditions",
        "/glossary", "/glossary/cytokine-release-syndrome", "/questions", "/search?q=fever", "/print", "/privacy", "/no-such-page",
    ];

    [Fact]
    public async Task About_names_the_publisher_and_contact_from_configuration_encoded()
    {
        using var client = configured.App.CreateClient();
        var response = await client.GetAsync("/about");
        var html = await response.Content.ReadAsStringAsync();
        var page = await new HtmlParser().ParseDocumentAsync(html);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<script>alert(1)", html, StringComparison.Ordinal);
        var about = page.QuerySelector("main .about")!;
        Assert.Contains($"This site is published by {HostileName}.", Text(about), StringComparison.Ordinal);
        Assert.Contains("1 Quay Street, Harbourtown", Text(about), StringComparison.Ordinal);
        Assert.NotNull(about.QuerySelector("a[href='https://harbour.example.org/']"));
        Assert.Equal(Email, about.QuerySelector($"a[href='mailto:{Email}']")?.TextContent);

        Assert.Contains($"Published by {HostileName}. Contact: {Email}", Text(page.QuerySelector("footer.site-footer")!), StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector($"footer.site-footer a[href='mailto:{Email}']"));

        using var structured = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        var publisher = structured.RootElement.GetProperty("publisher");
        Assert.Equal("Organization", publisher.GetProperty("@type").GetString());
        Assert.Equal(HostileName, publisher.GetProperty("name").GetString());
    }

    [Fact]
    public async Task About_says_before_anything_else_that_it_is_not_an_emergency_service()
    {
        var page = await GetPageAsync("/about");

        var headings = page.QuerySelectorAll("main .about h2").Select(h => h.TextContent).ToList();
        Assert.Equal("This site is not an emergency service", headings[0]);
        var notice = Text(page.QuerySelector("main .about .notice")!);
        Assert.Contains("call your local emergency number", notice, StringComparison.Ordinal);
        Assert.Contains("ask your care team", notice, StringComparison.Ordinal);
        Assert.Contains("Who publishes this site?", headings);
        Assert.Contains("How can I contact you?", headings);
        Assert.Equal("About TherapyGuide", page.QuerySelector("h1")?.TextContent);
        Assert.NotNull(page.QuerySelector("main .about a[href='/privacy']"));
        Assert.NotNull(page.QuerySelector("main form[action='/feedback']"));
    }

    [Fact]
    public async Task About_names_every_source_the_articles_list_and_its_publisher()
    {
        var sources = new ContentFolder(RepositoryPaths.Content, new MarkdownRenderer()).LoadArticles().SelectMany(a => a.Sources).ToList();
        Assert.NotEmpty(sources);

        var text = Text((await GetPageAsync("/about")).QuerySelector("main .about")!);

        Assert.All(sources, source =>
        {
            Assert.Contains(source.Title, text, StringComparison.Ordinal);
            Assert.Contains(source.Publisher!, text, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task About_reads_at_grade_8_or_lower()
    {
        var about = (await GetPageAsync("/about")).QuerySelector("main .about")!;
        // One line per heading, paragraph and list item, as the reading level counts articles.
        var text = string.Join('\n', about.QuerySelectorAll("h1, h2, p, li").Select(e => e.TextContent.ReplaceLineEndings(" ").Trim()));

        var grade = ReadingLevel.Grade(text);

        Assert.True(grade <= 8, $"/about reads at grade {grade}");
    }

    [Theory]
    [MemberData(nameof(PublicAddresses))]
    public async Task The_footer_on_every_public_page_names_the_publisher_and_links_to_about(string address)
    {
        using var client = site.App.CreateClient();
        // Not found answers with the site's own page, footer and all.
        var response = await client.GetAsync(address);
        var page = await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());

        var footer = page.QuerySelector("footer.site-footer")!;
        // The appsettings.json defaults.
        Assert.Contains("Published by TherapyGuide editorial team. Contact: editors@example.org", Text(footer), StringComparison.Ordinal);
        Assert.NotNull(footer.QuerySelector("a[href='mailto:editors@example.org']"));
        Assert.Equal("About us", footer.QuerySelector("nav a[href='/about']")?.TextContent);
    }

    [Fact]
    public async Task The_sitemap_lists_about()
    {
        using var client = site.App.CreateClient();

        var sitemap = XDocument.Parse(await client.GetStringAsync("/sitemap.xml"));

        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        Assert.Contains("/about", sitemap.Root!.Elements(ns + "url").Select(u => new Uri(u.Element(ns + "loc")!.Value).AbsolutePath));
    }

    [Fact]
    public async Task About_is_served_from_the_output_cache()
    {
        using var client = site.App.CreateClient();
        await client.GetAsync("/about");

        var second = await client.GetAsync("/about");

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        // The output cache answers with an Age header; a page rendered for this request has none.
        Assert.NotNull(second.Headers.Age);
    }

    private async Task<IHtmlDocument> GetPageAsync(string address)
    {
        using var client = site.App.CreateClient();
        var response = await client.GetAsync(address);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{address} answered {(int)response.StatusCode}");
        return await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
    }

    private static string Text(IElement element) => string.Join(' ', element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
