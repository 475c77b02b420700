using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TherapyGuide.Web.Content;
using TherapyGuide.Web.Content.Editing;
using TherapyGuide.Web.Content.Links;

namespace TherapyGuide.Tests.Admin;

/// <summary>The dashboard's broken links, as an editor finds them after an edit and a check.</summary>
public sealed class LinkCheckTests(SharedSite shared) : EditorAndReaderTest(shared, "links.editor@example.org"), IClassFixture<SharedSite>
{
    private const string Edited = "choosing-a-treatment";

    [Fact]
    public async Task An_article_linking_to_a_missing_article_a_draft_and_a_missing_word_is_listed_with_exactly_those_links_and_reasons()
    {
        const string Draft = "what-treatment-is-like";
        await Site.ExecuteAsync(db => db.Articles.Where(a => a.Slug == Draft).ExecuteUpdateAsync(s => s.SetProperty(a => a.Status, ArticleStatus.Draft)));
        var id = await Site.IdOfAsync(db => db.Articles, Edited);
        var heading = await Site.QueryAsync(async db =>
            (await db.Articles.SingleAsync(a => a.Slug == "how-the-immune-system-fights-cancer")).TableOfContents[0].Id);
        await Site.EditAsync<Article, ArticleForm>(id, form =>
        {
            form.Related = [Draft, "how-the-immune-system-fights-cancer"];
            form.Body = $"""
            Read [the gone one](/articles/no-such-article) and [the unfinished one](/articles/{Draft}).
            A word: [quokkalysis](/glossary/no-such-word). [A lost heading](/articles/how-the-immune-system-fights-cancer#no-such-heading). Good ones: [the immune system](/articles/how-the-immune-system-fights-cancer),
            [its first heading](/articles/how-the-immune-system-fights-cancer#{heading}), [antigen](/glossary/antigen), [side effects](/side-effects#urgent-help), [this page's top](#main) and [home](/).
            """;
        });

        await Site.Services.GetRequiredService<LinkChecker>().CheckAsync(default);

        var title = await TitleAsync(id);
        var mine = (await BrokenRowsAsync()).Where(r => r.Page == $"Article: {title}").Select(r => (r.Text, r.Address, r.Reason));
        Assert.Equal(
            new[] { ("the gone one", "/articles/no-such-article", "no such article"), ("the unfinished one", $"/articles/{Draft}", "article is a draft"),
                ("quokkalysis", "/glossary/no-such-word", "no such glossary word"),
                ("A lost heading", "/articles/how-the-immune-system-fights-cancer#no-such-heading", "no “#no-such-heading” on that article"),
                ("Related articles", $"/articles/{Draft}", "article is a draft") },
            mine);
        var link = (await DashboardAsync()).QuerySelectorAll("#links-heading ~ .table-scroll tbody th a").First(a => a.TextContent == $"Article: {title}");
        Assert.Equal(ContentKinds.EditPath(ContentKind.Article, id), link.GetAttribute("href"));
    }

    [Fact]
    public async Task The_published_content_as_shipped_has_no_broken_links_and_the_button_checks_again()
    {
        var dashboard = await DashboardAsync();
        var press = await HtmlForm.From(dashboard, "/admin", "form[action='/admin/links/check']").PostAsync(Editor);

        Assert.Equal("/admin#links-heading", press.Headers.Location!.OriginalString);
        var after = await DashboardAsync();
        var section = after.QuerySelector("#links-heading")!.ParentElement!;
        Assert.Contains("No broken links.", section.TextContent, StringComparison.Ordinal);
        Assert.Contains("links to other sites are not checked", section.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hostile_or_malformed_addresses_are_listed_as_broken_and_never_stop_the_check()
    {
        var id = await Site.IdOfAsync(db => db.Articles, Edited);
        var longAddress = "/articles/" + new string('a', 10_000);
        // Written straight into the stored HTML: the Markdown renderer would never let most of these through.
        string[] hostile = ["javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "http://[::1", "http://exa mple.org/",
            longAddress, "%%%", "http://", "", "  ", "vbscript:msgbox", "/articles/%E0%A4%A", "#", "//", "http://a:b@/"];
        var html = string.Concat(hostile.Select((h, i) => $"<p><a href=\"{System.Net.WebUtility.HtmlEncode(h)}\">hostile {i}</a></p>"));
        await Site.ExecuteAsync(db => db.Articles.Where(a => a.Id == id).ExecuteUpdateAsync(s => s.SetProperty(a => a.BodyHtml, html)));

        var report = await Site.Services.GetRequiredService<LinkChecker>().CheckAsync(default);

        var mine = report.Broken.Where(b => b.Id == id && b.Kind == ContentKind.Article).ToList();
        Assert.Equal("not a web address (javascript:)", mine.Single(b => b.Address == "javascript:alert(1)").Reason);
        Assert.Equal("not a web address (data:)", mine.Single(b => b.Address.StartsWith("data:", StringComparison.Ordinal)).Reason);
        Assert.Equal("the address is too long", mine.Single(b => b.Address == longAddress).Reason);
        var rows = await BrokenRowsAsync();
        Assert.Contains(rows, r => r.Address == "data:text/html,<script>alert(1)</script>"); // shown as text, never as markup
    }

    private async Task<string> TitleAsync(int id) =>
        await Site.QueryAsync(db => db.Articles.Where(a => a.Id == id).Select(a => a.Title).SingleAsync());

    private async Task<AngleSharp.Html.Dom.IHtmlDocument> DashboardAsync() => await HtmlForm.ParseAsync(await Editor.GetAsync("/admin"));

    private async Task<List<(string Page, string Text, string Address, string Reason)>> BrokenRowsAsync() =>
        [.. (await DashboardAsync()).QuerySelectorAll("#links-heading ~ .table-scroll tbody tr").Select(row =>
            (row.QuerySelector("th")!.TextContent.Trim(), row.Children[1].TextContent, row.Children[2].TextContent, row.Children[3].TextContent))];
}
