using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using TherapyGuide.Tests.Pages;

namespace TherapyGuide.Tests.Languages;

/// <summary>
/// The home page, the article list, an article, its share page, /about and /privacy in Spanish: their own words are
/// Spanish on /es/… addresses, and the English pages keep theirs.
/// </summary>
[Collection(PublicSite.Collection)]
public sealed class SpanishArticlePagesTests(PublicSite site)
{
    private const string Slug = "immunotherapy-and-car-t-compared";

    public static TheoryData<string, string[], string[]> Pages() => new()
    {
        {
            "/es",
            ["¿Por dónde quiere empezar?", "Comparar los dos tratamientos", "Lea nuestras guías", "Ver todos los artículos, agrupados por tema"],
            ["Where do you want to start?", "Compare the two treatments", "Read our guides", "See all articles, grouped by topic", "To print several pages together"]
        },
        {
            "/es/articles",
            ["Guías en palabras sencillas, agrupadas por tema."],
            ["Plain-language guides, grouped by topic.", "There are no articles yet."]
        },
        {
            $"/es/articles/{Slug}",
            ["Tiempo de lectura", "Revisado por última vez", "Próxima revisión prevista", "Lea después", "Experiencias de los lectores",
             "Comparta su experiencia", "Cómo prepararse para su cita", "De dónde viene esta información", "Enviar para revisión"],
            ["Reading time", "Last reviewed", "Next review due", "minutes", "Read next", "Readers’ experiences", "Share your experience",
             "Getting ready for your appointment", "Where this information comes from", "Send for checking", "What we used it for",
             "Name to show with your experience", "There is a problem"]
        },
        {
            $"/es/articles/{Slug}/share",
            ["Comparta su experiencia", "En el artículo", "Nombre que se mostrará con su experiencia"],
            ["Share your experience", "Under the article", "Your experience"]
        },
        {
            $"/es/articles/{Slug}/share/thanks",
            ["Gracias por compartir su experiencia", "Volver a «"],
            ["Thank you for sharing", "An editor will read it soon", "Go back to"]
        },
        {
            "/es/about",
            ["Acerca de TherapyGuide", "Este sitio no es un servicio de emergencias", "¿Quién publica este sitio?", "¿Cómo puedo comunicarme con ustedes?", "página de privacidad"],
            ["This site is not an emergency service", "Who publishes this site?", "How can I contact you?", "Read our", "privacy page",
             "We review every page at least once a year."]
        },
        {
            "/es/privacy",
            ["Su privacidad", "¿Qué guardamos?", "12 meses", "30 días después", "¿Cómo les pido que borren lo que envié?"],
            ["Your privacy", "What do we keep?", "months", "days after that", "How long do we keep it?", "this page on our website"]
        },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task A_spanish_page_says_its_own_words_in_spanish(string address, string[] spanish, string[] english)
    {
        var page = await GetPageAsync(address);
        var main = Text(page.QuerySelector("main")!);

        Assert.Equal("es", page.DocumentElement.GetAttribute("lang"));
        Assert.All(spanish, s => Assert.Contains(s, main, StringComparison.Ordinal));
        Assert.All(english, e => Assert.DoesNotContain(e, main, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_spanish_article_writes_its_dates_in_spanish_and_marks_its_english_sources()
    {
        var page = await GetPageAsync($"/es/articles/{Slug}");

        var reviewed = page.QuerySelector("main .article__header .meta time")!.TextContent;
        Assert.Matches(@"^\d{1,2} de [a-z]+ de \d{4}$", reviewed);
        Assert.Matches(@"^Aproximadamente \d+ minutos?$", page.QuerySelector("main .article__header .meta dd")!.TextContent);
        var sources = page.QuerySelectorAll("main .sources li > a, main .sources li > cite");
        Assert.NotEmpty(sources);
        Assert.All(sources, s => Assert.Equal("en", s.GetAttribute("lang")));
    }

    [Fact]
    public async Task The_english_pages_keep_their_words_and_mark_no_source_as_english()
    {
        var page = await GetPageAsync($"/articles/{Slug}");
        var main = Text(page.QuerySelector("main")!);

        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Contains("Read next", main, StringComparison.Ordinal);
        Assert.Contains("Where this information comes from", main, StringComparison.Ordinal);
        Assert.Matches(@"^About \d+ minutes?$", page.QuerySelector("main .article__header .meta dd")!.TextContent);
        Assert.Matches(@"^\d{1,2} [A-Z][a-z]+ \d{4}$", page.QuerySelector("main .article__header .meta time")!.TextContent);
        Assert.Empty(page.QuerySelectorAll("main .sources [lang]"));
        Assert.Contains("we delete them after 12 months.", Text((await GetPageAsync("/privacy")).QuerySelector("main")!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_english_article_after_the_spanish_one_shows_the_english_text()
    {
        // The two share a slug: what one language's page keeps must never be served to the other's.
        await GetPageAsync($"/es/articles/{Slug}");
        var english = Text((await GetPageAsync($"/articles/{Slug}")).QuerySelector("main .prose")!);
        var spanish = Text((await GetPageAsync($"/es/articles/{Slug}")).QuerySelector("main .prose")!);

        Assert.NotEqual(english, spanish);
        Assert.Contains("immune system", english, StringComparison.Ordinal);
        Assert.Contains("sistema inmunitario", spanish, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_spanish_share_form_answers_in_spanish()
    {
        using var client = site.App.CreateClient(new() { AllowAutoRedirect = false });
        var response = await client.PostAsync($"/es/articles/{Slug}/share", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["DisplayName"] = "someone@example.org",
            ["Text"] = "",
        }));
        var page = await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
        var main = Text(page.QuerySelector("main")!);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Hay un problema", main, StringComparison.Ordinal);
        Assert.Contains("Use un nombre de pila o un apodo, no una dirección de correo electrónico.", main, StringComparison.Ordinal);
        Assert.Contains("Escriba su experiencia.", main, StringComparison.Ordinal);
        Assert.DoesNotContain("Please", main, StringComparison.Ordinal);
        Assert.Equal($"/es/articles/{Slug}/share", page.QuerySelector("main form.reader-form, main .share-experience form")?.GetAttribute("action"));
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
