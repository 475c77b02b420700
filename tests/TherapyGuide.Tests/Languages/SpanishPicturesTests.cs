using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using AngleSharp.Html.Dom;
using TherapyGuide.Tests.Pages;

namespace TherapyGuide.Tests.Languages;

/// <summary>
/// The site's drawn pictures have Spanish copies (wwwroot/img/es/, same names) that the Spanish pages show, and the
/// English pages keep the English ones.
/// </summary>
[Collection(PublicSite.Collection)]
public sealed class SpanishPicturesTests(PublicSite site)
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static string Pictures => Path.Combine(RepositoryPaths.Root, "wwwroot", "img");

    public static TheoryData<string> Drawings() =>
        new(Directory.GetFiles(Pictures, "*.svg").Select(Path.GetFileName).Where(n => n != "favicon.svg").Order()!);

    public static TheoryData<string> SpanishArticlesWithPictures() =>
        new(Directory.GetFiles(Path.Combine(RepositoryPaths.Content, "es", "articles"), "*.md")
            .Where(f => File.ReadAllText(f).Contains("](/img/", StringComparison.Ordinal))
            .Select(Path.GetFileNameWithoutExtension).Order()!);

    [Theory]
    [MemberData(nameof(Drawings))]
    public void Every_drawing_has_a_Spanish_copy_of_the_same_size_that_says_it_is_Spanish(string name)
    {
        var english = XDocument.Load(Path.Combine(Pictures, name)).Root!;
        var spanish = XDocument.Load(Path.Combine(Pictures, "es", name)).Root!;

        Assert.Equal(english.Attribute("viewBox")!.Value, spanish.Attribute("viewBox")!.Value);
        Assert.Equal("es", spanish.Attribute("lang")!.Value);
        Assert.Equal("es", spanish.Attribute(XNamespace.Xml + "lang")!.Value);
        Assert.NotEqual(english.Element(Svg + "title")!.Value, spanish.Element(Svg + "title")!.Value);
        Assert.NotEqual(english.Element(Svg + "desc")!.Value, spanish.Element(Svg + "desc")!.Value);
        // Every word drawn is translated or kept on purpose: no English line is left as it was.
        var kept = spanish.Descendants(Svg + "text").Select(t => t.Value).Intersect(english.Descendants(Svg + "text").Select(t => t.Value))
            .Where(text => text.Length > 1 && !text.StartsWith("CAR-T", StringComparison.Ordinal));
        Assert.Empty(kept);
    }

    [Theory]
    [MemberData(nameof(SpanishArticlesWithPictures))]
    public async Task A_Spanish_article_shows_the_Spanish_drawing_and_the_English_one_the_English(string slug)
    {
        using var client = site.App.CreateClient();

        var spanish = await GetAsync(client, $"/es/articles/{slug}");
        var sources = DrawingSources(spanish);
        Assert.NotEmpty(sources);
        foreach (var source in sources)
        {
            Assert.StartsWith("/img/es/", source, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(Pictures, "es", Path.GetFileName(source))), $"{source} is not in wwwroot/img/es");
            var picture = await client.GetAsync(source);
            Assert.Equal(HttpStatusCode.OK, picture.StatusCode);
            Assert.Equal("image/svg+xml", picture.Content.Headers.ContentType!.MediaType);
        }

        var english = DrawingSources(await GetAsync(client, $"/articles/{slug}"));
        Assert.Equal(sources.Select(s => s.Replace("/img/es/", "/img/", StringComparison.Ordinal)), english);
    }

    [Fact]
    public async Task The_comparison_picture_is_the_Spanish_drawing_with_Spanish_words_on_es_compare_and_the_English_one_on_compare()
    {
        using var client = site.App.CreateClient();

        var spanish = (await GetAsync(client, "/es/compare")).QuerySelector("main .picture img")!;
        Assert.Matches(FingerprintedComparison("/img/es/"), spanish.GetAttribute("src")!);
        Assert.Equal("La inmunoterapia y la terapia de células CAR-T, lado a lado", spanish.GetAttribute("alt"));
        var served = await client.GetAsync(spanish.GetAttribute("src"));
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Contains("<title id=\"t\">La inmunoterapia y la terapia de células CAR-T, lado a lado</title>", await served.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var english = (await GetAsync(client, "/compare")).QuerySelector("main .picture img")!;
        Assert.Matches(FingerprintedComparison("/img/"), english.GetAttribute("src")!);
        Assert.Equal("Immunotherapy and CAR-T cell therapy side by side", english.GetAttribute("alt"));
    }

    private static Regex FingerprintedComparison(string folder) =>
        new($"^{Regex.Escape(folder)}compare-immunotherapy-car-t(\\.[a-z0-9]+)?\\.svg(\\?v=[^/]+)?$");

    private static List<string> DrawingSources(IHtmlDocument page) =>
        page.QuerySelectorAll("main .prose img").Select(i => i.GetAttribute("src")!).Where(s => s.StartsWith("/img/", StringComparison.Ordinal)).ToList();

    private static async Task<IHtmlDocument> GetAsync(HttpClient client, string address)
    {
        var response = await client.GetAsync(address);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await HtmlForm.ParseAsync(response);
    }
}
