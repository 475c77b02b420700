using System.Text.Json;
using System.Xml.Linq;
using TherapyGuide.Web.Content;
using TherapyGuide.Web.Content.Files;

namespace TherapyGuide.Tests.Pages;

[Collection(PublicSite.Collection)]
public sealed class DiscoverabilityTests(PublicSite site)
{
    private static readonly XNamespace _sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace _atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public async Task The_sitemap_is_well_formed_and_lists_every_published_page_with_a_date()
    {
        using var client = site.App.CreateClient();
        var folder = new ContentFolder(RepositoryPaths.Content, new MarkdownRenderer());

        var sitemap = XDocument.Parse(await client.GetStringAsync("/sitemap.xml"));

        var locations = sitemap.Root!.Elements(_sitemap + "url").Select(u => new Uri(u.Element(_sitemap + "loc")!.Value).AbsolutePath).ToList();
        Assert.All(folder.LoadArticles(), a => Assert.Contains($"/articles/{a.Slug}", locations));
        Assert.All(folder.LoadGlossary(), t => Assert.Contains($"/glossary/{t.Slug}", locations));
        Assert.Contains("/compare", locations);
        Assert.DoesNotContain(locations, l => l.StartsWith("/admin", StringComparison.Ordinal));
        Assert.Equal(locations.Count, locations.Distinct().Count());
        Assert.All(
            sitemap.Root.Elements(_sitemap + "url").Where(u => u.Element(_sitemap + "loc")!.Value.Contains("/articles/", StringComparison.Ordinal)),
            u => Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", u.Element(_sitemap + "lastmod")!.Value));
    }

    [Fact]
    public async Task The_feed_is_well_formed_atom_with_one_entry_per_published_article()
    {
        using var client = site.App.CreateClient();
        var articles = new ContentFolder(RepositoryPaths.Content, new MarkdownRenderer()).LoadArticles();

        var response = await client.GetAsync("/feed.xml");
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        var entries = feed.Root!.Elements(_atom + "entry").ToList();
        Assert.Equal(articles.Count(a => a.Status == ArticleStatus.Published), entries.Count);
        Assert.All(entries, e =>
        {
            Assert.NotEmpty(e.Element(_atom + "title")!.Value);
            Assert.NotEmpty(e.Element(_atom + "summary")!.Value);
            Assert.True(DateTimeOffset.TryParse(e.Element(_atom + "updated")!.Value, System.Globalization.CultureInfo.InvariantCulture, out _));
        });
    }

    [Fact]
    public async Task Robots_excludes_the_editors_area_and_names_the_sitemap()
    {
        using var client = site.App.CreateClient();

        var robots = await client.GetStringAsync("/robots.txt");

        Assert.Contains("Disallow: /admin", robots, StringComparison.Ordinal);
        Assert.Contains("Sitemap: http://localhost/sitemap.xml", robots, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/", "website")]
    [InlineData("/compare", "website")]
    [InlineData("/articles/choosing-a-treatment", "article")]
    [InlineData("/glossary/t-cell", "website")]
    public async Task Every_page_has_a_canonical_link_description_open_graph_and_medical_web_page_data(string address, string kind)
    {
        using var client = site.App.CreateClient();

        var page = await HtmlForm.ParseAsync(await client.GetAsync(address));

        Assert.Equal($"http://localhost{address}", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.NotEmpty(page.QuerySelector("meta[name=description]")!.GetAttribute("content")!);
        Assert.Equal(kind, page.QuerySelector("meta[property='og:type']")!.GetAttribute("content"));
        Assert.NotEmpty(page.QuerySelector("meta[property='og:title']")!.GetAttribute("content")!);
        using var data = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Equal("MedicalWebPage", data.RootElement.GetProperty("@type").GetString());
        Assert.Equal("Patient", data.RootElement.GetProperty("audience").GetProperty("audienceType").GetString());
        Assert.NotEmpty(data.RootElement.GetProperty("about").GetProperty("name").GetString()!);
        if (kind == "article")
        {
            Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", data.RootElement.GetProperty("lastReviewed").GetString()!);
        }
    }
}
