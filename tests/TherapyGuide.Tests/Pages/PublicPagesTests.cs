using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using TherapyGuide.Web.Content;

namespace TherapyGuide.Tests.Pages;

/// <summary>Every public address, fetched as a browser would, over a store seeded from data/content.</summary>
[Collection(PublicSite.Collection)]
public sealed class PublicPagesTests(PublicSite site)
{
    public static TheoryData<string> PublicAddresses() =>
        ["/", "/articles", "/compare", "/side-effects", "/conditions", "/glossary"];

    [Theory]
    [MemberData(nameof(PublicAddresses))]
    public async Task Every_public_page_has_one_h1_a_title_the_disclaimer_and_the_main_navigation(string address)
    {
        var page = await GetPageAsync(address);

        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.Contains("TherapyGuide", page.Title, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("main#main"));
        Assert.NotNull(page.QuerySelector("a.skip-link[href='#main']"));
        Assert.Contains("not medical advice", page.QuerySelector("aside.disclaimer")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(6, page.QuerySelectorAll("nav[aria-label=Main] a").Length);
        Assert.NotEmpty(page.QuerySelector("meta[name=description]")?.GetAttribute("content") ?? "");
    }

    [Fact]
    public async Task Home_lists_every_published_article_and_the_ways_in()
    {
        var page = await GetPageAsync("/");

        var links = page.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToHashSet();
        Assert.All(site.Content.LoadArticles(), a => Assert.Contains($"/articles/{a.Slug}", links));
        Assert.Contains("/compare", links);
        Assert.Contains("/side-effects", links);
    }

    [Fact]
    public async Task Article_list_groups_articles_by_topic()
    {
        var page = await GetPageAsync("/articles");

        var headings = page.QuerySelectorAll("main h2").Select(h => h.TextContent).ToList();
        Assert.Contains(ContentLabels.For(ArticleTopic.Autoimmune), headings);
        Assert.Contains(ContentLabels.For(ArticleTopic.Cancer), headings);
        Assert.Equal(site.Content.LoadArticles().Count, page.QuerySelectorAll("main .card").Length);
    }

    [Fact]
    public async Task Each_article_shows_its_title_contents_dates_sources_and_related_articles()
    {
        foreach (var article in site.Content.LoadArticles())
        {
            var page = await GetPageAsync($"/articles/{article.Slug}");

            Assert.Equal(article.Title, page.QuerySelector("h1")?.TextContent);
            Assert.Equal(article.Summary, page.QuerySelector(".lead")?.TextContent);
            var toc = page.QuerySelectorAll(".toc a").Select(a => a.GetAttribute("href")).ToList();
            Assert.All(article.TableOfContents.Where(t => t.Level == 2), h => Assert.Contains($"#{h.Id}", toc));
            Assert.All(toc, href => Assert.NotNull(page.GetElementById(href![1..])));
            var meta = page.QuerySelector(".meta")!.TextContent;
            Assert.Contains(article.LastReviewed.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture), meta, StringComparison.Ordinal);
            Assert.Contains(article.NextReviewDue.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture), meta, StringComparison.Ordinal);
            Assert.Contains("minute", meta, StringComparison.Ordinal);
            Assert.Equal(article.Sources.Count, page.QuerySelectorAll(".sources li").Length);
            Assert.Equal(article.RelatedSlugs.Count, page.QuerySelectorAll(".related .card").Length);
        }
    }

    [Fact]
    public async Task Each_source_is_shown_with_its_title_publisher_and_date_never_an_internal_label()
    {
        foreach (var article in site.Content.LoadArticles())
        {
            var page = await GetPageAsync($"/articles/{article.Slug}");
            var items = page.QuerySelectorAll(".sources li").ToList();

            Assert.Equal(article.Sources.Count, items.Count);
            foreach (var (source, item) in article.Sources.Zip(items))
            {
                Assert.False(string.IsNullOrWhiteSpace(source.Publisher), $"{article.Slug}: '{source.Title}' needs a publisher");
                Assert.False(string.IsNullOrWhiteSpace(source.Date), $"{article.Slug}: '{source.Title}' needs a date, or to say it has none");
                Assert.Equal(source.Title, item.QuerySelector("cite, a")?.TextContent);
                Assert.Equal(source.Publisher, item.QuerySelector(".sources__publisher dd")?.TextContent);
                Assert.Equal(source.Date, item.QuerySelector(".sources__date dd")?.TextContent);
                Assert.DoesNotContain("Source document", item.TextContent, StringComparison.OrdinalIgnoreCase);
            }
        }
    }

    [Fact]
    public async Task Compare_is_a_real_table_with_row_and_column_headers()
    {
        var page = await GetPageAsync("/compare");
        var table = page.QuerySelector("table")!;
        var rows = site.Content.LoadComparison();

        Assert.NotNull(table.QuerySelector("caption"));
        Assert.Equal(["Question", "Immunotherapy", "CAR-T cell therapy"], table.QuerySelectorAll("thead th[scope=col]").Select(t => t.TextContent));
        Assert.Equal(rows.Select(r => r.Aspect), table.QuerySelectorAll("tbody th[scope=row]").Select(t => t.TextContent));
        Assert.Equal(rows.Count * 2, table.QuerySelectorAll("tbody td").Length);
    }

    [Fact]
    public async Task Side_effects_are_grouped_by_therapy_with_an_urgency_card_each()
    {
        var page = await GetPageAsync("/side-effects");
        var effects = site.Content.LoadSideEffects();

        foreach (var effect in effects)
        {
            var card = page.GetElementById(effect.Slug);
            Assert.NotNull(card);
            Assert.Contains(ContentLabels.CssClass(effect.Urgency), card.ClassList);
            Assert.Equal(ContentLabels.For(effect.Urgency), card.QuerySelector(".care-card__level")?.TextContent);
            // The reader's words head the card; the medical name follows.
            Assert.Equal(effect.Heading, card.QuerySelector("h3")?.TextContent);
            Assert.Contains(effect.Name, card.QuerySelector(".care-card__heading")?.TextContent, StringComparison.Ordinal);
            var section = card.ParentElement!;
            Assert.Equal(ContentLabels.For(effect.Therapy), section.QuerySelector("h2")?.TextContent);
        }
    }

    [Fact]
    public async Task Conditions_show_where_each_therapy_stands()
    {
        var page = await GetPageAsync("/conditions");

        foreach (var condition in site.Content.LoadConditions())
        {
            var row = page.GetElementById(condition.Slug);
            Assert.NotNull(row);
            Assert.Contains(condition.Name, row.QuerySelector("th")!.TextContent, StringComparison.Ordinal);
            var statuses = row.QuerySelectorAll("td .status").Select(s => s.TextContent).ToList();
            Assert.Equal([ContentLabels.For(condition.ImmunotherapyStatus), ContentLabels.For(condition.CarTStatus)], statuses);
        }
    }

    [Fact]
    public async Task Glossary_lists_every_term_a_to_z_and_each_term_has_its_own_page()
    {
        var page = await GetPageAsync("/glossary");
        var terms = site.Content.LoadGlossary();

        var listed = page.QuerySelectorAll(".glossary dt").Select(t => t.TextContent).ToList();
        Assert.Equal(terms.Select(t => t.Term).Order(StringComparer.OrdinalIgnoreCase), listed);

        var term = terms.First(t => t.Slug == "t-cell");
        var termPage = await GetPageAsync($"/glossary/{term.Slug}");
        Assert.Equal(term.Term, termPage.QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task The_stylesheet_is_served_from_the_repository_wwwroot()
    {
        using var client = site.App.CreateClient();
        var page = await GetPageAsync("/");
        var href = page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;

        var response = await client.GetAsync(href);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("@media print", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<IHtmlDocument> GetPageAsync(string address)
    {
        using var client = site.App.CreateClient();
        var response = await client.GetAsync(address);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{address} answered {(int)response.StatusCode}");
        return await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
    }
}
