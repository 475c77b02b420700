using System.Net;
using Microsoft.Extensions.DependencyInjection;
using TherapyGuide.Web.Content;
using TherapyGuide.Web.Data;
using TherapyGuide.Web.Pages.Articles;

namespace TherapyGuide.Tests.Pages;

/// <summary>However many articles there are, the list and the home page stay a short page each.</summary>
public sealed class ArticleListTests(SharedSite shared) : IClassFixture<SharedSite>, IAsyncLifetime, IDisposable
{
    private const int Added = 70;
    private TestSite _site = null!;
    private HttpClient _reader = null!;
    private int _total;

    public async Task InitializeAsync()
    {
        _site = await shared.FreshAsync();
        await using var scope = _site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TherapyGuideDbContext>();
        var now = DateTime.UtcNow;
        for (var i = 1; i <= Added; i++)
        {
            db.Articles.Add(new Article
            {
                Slug = $"extra-article-{i:000}",
                Title = $"Extra article {i:000}",
                Summary = "An extra article for the paging test.",
                Topic = ArticleTopic.Cancer,
                Order = 1_000 + i,
                BodyMarkdown = "Some words.",
                BodyHtml = "<p>Some words.</p>",
                Status = ArticleStatus.Published,
                Version = 1,
                CreatedUtc = now,
                UpdatedUtc = now,
            });
        }

        await db.SaveChangesAsync();
        _total = db.Articles.Count(a => a.Status == ArticleStatus.Published);
        _reader = _site.CreateClient(new() { AllowAutoRedirect = false });
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _reader.Dispose();

    [Fact]
    public async Task The_article_list_is_paged_with_previous_and_next_links()
    {
        var pages = (_total + IndexModel.PageSize - 1) / IndexModel.PageSize;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var number = 1; number <= pages; number++)
        {
            var page = await HtmlForm.ParseAsync(await _reader.GetAsync(IndexModel.PageLink(number)));
            var cards = page.QuerySelectorAll(".card__title a").Select(a => a.GetAttribute("href")!).ToList();
            Assert.Equal(number < pages ? IndexModel.PageSize : _total - ((pages - 1) * IndexModel.PageSize), cards.Count);
            Assert.All(cards, href => Assert.True(seen.Add(href), $"{href} is listed twice"));
            Assert.Equal(number > 1, page.QuerySelector(".pager a[rel=prev]") is not null);
            Assert.Equal(number < pages, page.QuerySelector(".pager a[rel=next]") is not null);
            Assert.Contains($"page {number} of {pages}", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        }

        Assert.Equal(_total, seen.Count);
    }

    [Fact]
    public async Task Topics_come_in_reading_order_basics_first_autoimmune_research_last()
    {
        var headings = new List<string>();
        for (var number = 1; number <= (_total + IndexModel.PageSize - 1) / IndexModel.PageSize; number++)
        {
            var page = await HtmlForm.ParseAsync(await _reader.GetAsync(IndexModel.PageLink(number)));
            headings.AddRange(page.QuerySelectorAll("main h2[id^=topic-]").Select(h => h.Id!).Where(id => !headings.Contains(id)));
        }

        var order = Enum.GetValues<ArticleTopic>().Select(t => $"topic-{t.ToString().ToLowerInvariant()}").ToList();
        Assert.Equal(order.Where(headings.Contains), headings);
    }

    [Theory]
    [InlineData("/articles?page=abc", HttpStatusCode.BadRequest)]
    [InlineData("/articles?page=0", HttpStatusCode.BadRequest)]
    [InlineData("/articles?page=-1", HttpStatusCode.BadRequest)]
    [InlineData("/articles?page=1e3", HttpStatusCode.BadRequest)]
    [InlineData("/articles?page=99999999999", HttpStatusCode.BadRequest)]
    [InlineData("/articles?page=%00", HttpStatusCode.BadRequest)]
    [InlineData("/articles?page=999", HttpStatusCode.NotFound)]
    public async Task A_page_number_that_is_not_a_page_gets_a_clear_answer(string address, HttpStatusCode expected)
    {
        var response = await _reader.GetAsync(address);

        Assert.Equal(expected, response.StatusCode);
        Assert.Contains("<h1", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_home_page_shows_only_the_first_few_articles_and_links_to_the_rest()
    {
        var page = await HtmlForm.ParseAsync(await _reader.GetAsync("/"));

        Assert.Equal(Web.Pages.IndexModel.FeaturedCount, page.QuerySelectorAll("main .card").Length);
        Assert.NotNull(page.QuerySelector("main a[href='/articles']"));
    }

    [Fact]
    public async Task The_feed_carries_the_newest_articles_and_the_sitemap_every_one()
    {
        var feed = System.Xml.Linq.XDocument.Parse(await _reader.GetStringAsync("/feed.xml"));
        var sitemap = await _reader.GetStringAsync("/sitemap.xml");

        Assert.Equal(Web.Publishing.Discoverability.FeedEntries, feed.Root!.Elements().Count(e => e.Name.LocalName == "entry"));
        // Every English article (the Spanish ones, under /es/articles, are the content files' translations).
        Assert.Equal(_total, System.Text.RegularExpressions.Regex.Count(sitemap, "<loc>[a-z]+://[^/<]+/articles/[^<]+</loc>"));
    }
}
