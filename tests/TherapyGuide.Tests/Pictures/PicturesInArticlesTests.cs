using TherapyGuide.Web.Content;

namespace TherapyGuide.Tests.Pictures;

/// <summary>What readers get where an article's Markdown shows a picture: an uploaded one as a figure, one from elsewhere never loaded.</summary>
public sealed class PicturesInArticlesTests(SharedSite shared) : EditorAndReaderTest(shared, "editor@example.org"), IClassFixture<SharedSite>
{
    private const string Article = "choosing-a-treatment";

    [Fact]
    public async Task An_article_shows_an_uploaded_picture_as_a_figure_with_its_size_and_long_description()
    {
        var address = await PictureForms.UploadAcceptedAsync(Editor, TestPictures.Png(400, 300), "steps.png", "Three steps", "Step one: cells are taken.\n\nStep two: <script>alert(1)</script> they are changed.");

        await PictureForms.SaveArticleBodyAsync(Site, Editor, Article, $"## Steps\n\n![How CAR-T is made]({address})\n\nWords after.");

        var page = await HtmlForm.ParseAsync(await Reader.GetAsync($"/articles/{Article}"));
        var figure = page.QuerySelector(".prose figure.media-picture")!;
        var image = figure.QuerySelector("img")!;
        Assert.Equal((address, "How CAR-T is made", "400", "300", "lazy"), (image.GetAttribute("src"), image.GetAttribute("alt"), image.GetAttribute("width"), image.GetAttribute("height"), image.GetAttribute("loading")));
        var description = figure.QuerySelector("details")!;
        Assert.Equal("Describe this picture", description.QuerySelector("summary")!.TextContent);
        Assert.Equal(["Step one: cells are taken.", "Step two: <script>alert(1)</script> they are changed."], description.QuerySelectorAll("p").Select(p => p.TextContent));
        Assert.Empty(page.QuerySelectorAll(".prose script"));
        Assert.Null(page.QuerySelector(".prose p > figure"));
    }

    [Fact]
    public async Task An_image_from_another_site_becomes_a_link_never_an_image_loading_from_there()
    {
        await PictureForms.SaveArticleBodyAsync(Site, Editor, Article, "## Elsewhere\n\n![A tracking pixel](https://tracker.example/pixel.png)\n\n[![Linked](https://tracker.example/b.png)](https://example.org/)\n\n![Data](data:image/png;base64,iVBORw0KGgo=)");

        var page = await HtmlForm.ParseAsync(await Reader.GetAsync($"/articles/{Article}"));
        var prose = page.QuerySelector(".prose")!;
        Assert.DoesNotContain(prose.QuerySelectorAll("img"), image => !(image.GetAttribute("src") ?? "").StartsWith('/'));
        Assert.Equal("https://tracker.example/pixel.png", prose.QuerySelectorAll("a").Single(a => a.TextContent == "Picture: A tracking pixel").GetAttribute("href"));
        Assert.Contains("Linked", prose.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_picture_shown_without_words_in_the_markdown_gets_the_alt_text_given_at_upload()
    {
        var address = await PictureForms.UploadAcceptedAsync(Editor, TestPictures.Png(), "steps.png", "Three steps of CAR-T");

        await PictureForms.SaveArticleBodyAsync(Site, Editor, Article, $"## Steps\n\n![]({address})\n");

        var page = await HtmlForm.ParseAsync(await Reader.GetAsync($"/articles/{Article}"));
        Assert.Equal("Three steps of CAR-T", page.QuerySelector(".prose figure.media-picture img")!.GetAttribute("alt"));
    }

    [Fact]
    public void A_picture_within_a_sentence_stays_there_and_the_sites_own_pictures_are_left_as_they_are()
    {
        var html = new MarkdownRenderer().Render("Before ![icon](/media/0123456789abcdef/icon.png) after.\n\n![Diagram](/img/how-car-t-is-made.svg)").Html;

        Assert.Contains("<p>Before <img src=\"/media/0123456789abcdef/icon.png\" alt=\"icon\" loading=\"lazy\" decoding=\"async\"> after.</p>", html, StringComparison.Ordinal);
        Assert.Contains("<p><img src=\"/img/how-car-t-is-made.svg\" alt=\"Diagram\"></p>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<figure", html, StringComparison.Ordinal);
    }
}
