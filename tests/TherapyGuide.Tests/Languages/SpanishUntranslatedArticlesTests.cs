using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TherapyGuide.Web.Content;

namespace TherapyGuide.Tests.Languages;

/// <summary>
/// An English article with no Spanish translation yet is still offered to Spanish readers: listed in English, marked as
/// English and said to be not translated yet, wherever Spanish pages list articles and in the printable pack.
/// </summary>
public sealed class SpanishUntranslatedArticlesTests(SharedSite shared) : IClassFixture<SharedSite>, IAsyncLifetime, IDisposable
{
    private const string Slug = "choosing-a-treatment";
    private const string Note = "Aún no está traducido";

    private TestSite _site = null!;
    private HttpClient _reader = null!;
    private string _englishTitle = "";

    public async Task InitializeAsync()
    {
        _site = await shared.FreshAsync();
        _reader = _site.CreateClient(new() { AllowAutoRedirect = false });
        _englishTitle = await _site.QueryAsync(db => db.Articles.Where(a => a.Slug == Slug).Select(a => a.Title).SingleAsync());
        await _site.ExecuteAsync(db => db.Articles.IgnoreQueryFilters().Where(a => a.Language == "es" && a.Slug == Slug).ExecuteDeleteAsync());
        await using var scope = _site.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ContentChanges>().ChangedAsync(ContentKind.Article, [Slug]);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _reader?.Dispose();

    [Theory]
    [InlineData("/es/articles")]
    [InlineData("/es")]
    [InlineData("/es/articles/immunotherapy-and-car-t-compared")] // its "Read next" suggests the article
    public async Task A_Spanish_list_shows_an_article_not_translated_yet_in_English_saying_so(string address)
    {
        var page = await GetAsync(address, HttpStatusCode.OK);

        var link = page.QuerySelectorAll("main .card-list a").Single(a => a.GetAttribute("href") == $"/es/articles/{Slug}");
        var card = link.Closest("li.card")!;
        Assert.Equal("en", card.GetAttribute("lang"));
        Assert.Equal(_englishTitle, link.TextContent);
        var note = card.QuerySelector(".translation-note")!;
        Assert.Equal("es", note.GetAttribute("lang"));
        Assert.Contains(Note, note.TextContent, StringComparison.Ordinal);
        // The translated articles beside it are Spanish, with no note.
        Assert.Single(page.QuerySelectorAll("main .card-list .translation-note"));
        Assert.Single(page.QuerySelectorAll("main .card-list li[lang]"));
    }

    [Fact]
    public async Task The_Spanish_address_of_an_article_not_translated_yet_still_says_so_and_links_to_the_English()
    {
        var page = await GetAsync($"/es/articles/{Slug}", HttpStatusCode.NotFound);

        var english = page.QuerySelector($"main a[href='/articles/{Slug}']")!;
        Assert.Equal("en", english.GetAttribute("lang"));
        Assert.Equal(_englishTitle, english.TextContent);
    }

    [Fact]
    public async Task The_Spanish_pack_picker_marks_an_article_not_translated_yet_as_English()
    {
        var page = await GetAsync("/es/print", HttpStatusCode.OK);

        var labels = page.QuerySelectorAll("#pack-picker label.checkbox").ToList();
        var label = labels.Single(l => l.QuerySelector("input")!.GetAttribute("value") == $"articles/{Slug}");
        var title = label.QuerySelector("[lang]")!;
        Assert.Equal("en", title.GetAttribute("lang"));
        Assert.Equal(_englishTitle, title.TextContent);
        Assert.Contains("aún no está traducido", label.TextContent, StringComparison.Ordinal);
        // Only that one is marked: the other articles and pages are Spanish.
        Assert.Single(page.QuerySelectorAll("#pack-picker [lang]"));
    }

    [Fact]
    public async Task The_Spanish_pack_prints_an_article_not_translated_yet_in_English_marked_and_saying_so()
    {
        var page = await GetAsync($"/es/print?pages=articles/{Slug}&pages=articles/immunotherapy-and-car-t-compared", HttpStatusCode.OK);

        Assert.Equal("en", page.QuerySelector($".pack-contents a[href='#pack-articles-{Slug}']")!.GetAttribute("lang"));
        var section = page.GetElementById($"pack-articles-{Slug}")!;
        var heading = section.QuerySelector("h2")!;
        Assert.Equal("en", heading.GetAttribute("lang"));
        Assert.Equal(_englishTitle, heading.TextContent);
        Assert.Equal("en", section.QuerySelector(".lead")!.GetAttribute("lang"));
        Assert.Equal("en", section.QuerySelector(".prose")!.GetAttribute("lang"));
        Assert.Contains(Note, section.QuerySelector(".translation-note")!.TextContent, StringComparison.Ordinal);

        // The translated article in the same pack is Spanish throughout.
        var translated = page.GetElementById("pack-articles-immunotherapy-and-car-t-compared")!;
        Assert.Empty(translated.QuerySelectorAll("h2[lang], .lead[lang], .prose[lang], .translation-note"));
    }

    [Theory]
    [InlineData("/articles")]
    [InlineData("/print")]
    public async Task The_English_lists_mark_nothing(string address)
    {
        var page = await GetAsync(address, HttpStatusCode.OK);

        Assert.Contains(page.QuerySelectorAll("main a, main label"), e => e.TextContent.Trim() == _englishTitle);
        Assert.Empty(page.QuerySelectorAll("main [lang]"));
        Assert.Empty(page.QuerySelectorAll(".translation-note"));
    }

    private async Task<IHtmlDocument> GetAsync(string address, HttpStatusCode status)
    {
        var response = await _reader.GetAsync(address);
        Assert.Equal(status, response.StatusCode);
        return await HtmlForm.ParseAsync(response);
    }
}
