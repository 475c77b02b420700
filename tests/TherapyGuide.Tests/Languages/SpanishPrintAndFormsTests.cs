using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Mvc.Testing;
using TherapyGuide.Tests.Pages;
using TherapyGuide.Web.Pages.Glossary;

namespace TherapyGuide.Tests.Languages;

/// <summary>
/// The glossary, the questions checklist, the printable pack, the feedback form and the error page speak Spanish on
/// Spanish addresses: their headings, labels, buttons and messages, and the words site.js writes on paper (which the
/// page gives it), with nothing of the English interface left; the English pages keep their words.
/// </summary>
[Collection(PublicSite.Collection)]
public sealed class SpanishPrintAndFormsTests(PublicSite site)
{
    [Fact]
    public async Task The_printable_pack_is_in_Spanish_with_Spanish_addresses_and_the_scripts_words_in_Spanish()
    {
        var (response, page) = await GetAsync("/es/print?pages=questions&pages=compare&pages=glossary");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertSpanish(page);
        var text = page.Body!.TextContent;
        Assert.Equal("Su paquete impreso de TherapyGuide", page.QuerySelector("#pack-title")!.TextContent);
        Assert.Equal("Índice", page.QuerySelector(".pack-cover__contents")!.TextContent);
        Assert.Equal(
            ["La inmunoterapia y CAR-T, lado a lado", "Preguntas para su equipo médico", "Glosario: palabras médicas explicadas"],
            page.QuerySelectorAll(".pack-contents li a").Select(a => a.TextContent.Trim()));
        Assert.Equal("Mis propias preguntas", page.GetElementById("pack-questions-own-questions")!.TextContent);
        Assert.Contains("Este paquete es para:", text, StringComparison.Ordinal);
        Assert.Contains("Tamaño del papel", text, StringComparison.Ordinal);
        Assert.Equal("Imprimir este paquete", page.QuerySelector("button[data-print]")!.TextContent);
        Assert.Contains("Lo que muestra la imagen:", page.QuerySelector("#pack-compare figcaption")!.TextContent, StringComparison.Ordinal);
        Assert.EndsWith("/es/questions", page.QuerySelector("#pack-questions .pack-address")!.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("En internet: ", page.QuerySelector("#pack-questions .pack-address")!.TextContent, StringComparison.Ordinal);
        Assert.EndsWith("/es/glossary", page.GetElementById("pack-glossary")!.GetAttribute("data-pack-address"), StringComparison.Ordinal);
        Assert.Equal("página {0}", page.QuerySelector("[data-pack-contents]")!.GetAttribute("data-page-words"));
        var careTeam = page.QuerySelector("[data-care-team]")!;
        Assert.Equal("Impreso el {0} · página {1} de {2}", careTeam.GetAttribute("data-margin-printed"));
        Assert.Equal("Información general, no un consejo médico", careTeam.GetAttribute("data-margin-not-advice"));
        Assert.Equal("Su equipo médico ({0}), de día o de noche:", careTeam.GetAttribute("data-margin-team-named"));
        Assert.Contains("Guardado en este navegador", page.QuerySelector("[data-care-team-editor]")!.GetAttribute("data-status-saved"), StringComparison.Ordinal);
        Assert.Equal("Preparar mi paquete", page.QuerySelector("form.pack-picker button[type=submit]")!.TextContent);
        Assert.Equal("Cambiar las páginas de este paquete", page.GetElementById("picker-heading")!.TextContent);
        AssertNoEnglish(text,
            "Your printed pack", "Contents", "My own questions", "This pack is for", "Online at", "Print this pack", "Paper size",
            "Change the pages in this pack", "Other pages", "Make my pack", "What the picture shows", "Team or hospital",
            "Save on this device", "Questions to ask your care team", "Glossary: medical words explained");
        Assert.Contains("pages=questions", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Equal("3 páginas de TherapyGuide, impresas juntas.", page.QuerySelector("meta[name=description]")!.GetAttribute("content"));
    }

    [Fact]
    public async Task The_empty_pack_form_and_its_refusal_are_in_Spanish()
    {
        var (_, page) = await GetAsync("/es/print");

        AssertSpanish(page);
        Assert.Equal("Preparar un paquete para imprimir", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("/es/print", page.QuerySelector("form.pack-picker")!.GetAttribute("action"));
        Assert.Equal(["Artículos", "Otras páginas"], page.QuerySelectorAll("form.pack-picker legend").Select(l => l.TextContent));
        Assert.Contains(page.QuerySelectorAll("form.pack-picker label"), l => l.TextContent.Trim() == "Efectos secundarios y cuándo pedir ayuda");
        AssertNoEnglish(page.Body!.TextContent, "Choose pages", "Other pages", "Make my pack", "Side effects and when to get help");

        var (refused, refusal) = await GetAsync("/es/print?pages=nothing-here");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("No pudimos preparar ese paquete", refusal.QuerySelector(".error-summary__title")!.TextContent);
        Assert.Contains("No tenemos estas páginas: nothing-here.", refusal.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_questions_checklist_is_in_Spanish()
    {
        var (_, page) = await GetAsync("/es/questions");

        AssertSpanish(page);
        Assert.Equal("Preguntas para su equipo médico", page.QuerySelector("h1")!.TextContent);
        Assert.StartsWith("Lleve esta lista a su cita.", page.QuerySelector(".lead")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Mis propias preguntas", page.GetElementById("own-questions")!.TextContent);
        Assert.Equal("Imprimir esta página", page.QuerySelector(".print-actions button[data-print]")!.TextContent);
        Assert.Equal("/es/print", page.QuerySelector(".print-actions a")!.GetAttribute("href"));
        Assert.Equal("El número de su equipo médico en las páginas impresas", page.QuerySelector("[data-care-team-summary]")!.TextContent);
        Assert.Contains("Nuestro glosario explica muchas de ellas.", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        AssertNoEnglish(page.QuerySelector("main")!.TextContent,
            "Take this list", "My own questions", "Print this page", "Make a printable pack", "It can help to bring someone",
            "Help us improve this page", "Was this page helpful?", "Send feedback", "Leave this box empty", "Your care team");
    }

    [Fact]
    public async Task The_glossary_and_a_terms_page_are_in_Spanish_with_letters_that_match_their_sections()
    {
        var (_, page) = await GetAsync("/es/glossary");

        AssertSpanish(page);
        Assert.Equal("Glosario: palabras médicas explicadas", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("Letras del glosario", page.GetElementById("letters")!.GetAttribute("aria-label"));
        var letters = page.QuerySelectorAll("#letters a").Select(a => a.GetAttribute("href")![1..]).ToList();
        Assert.NotEmpty(letters);
        Assert.Equal(letters, page.QuerySelectorAll("main section h2[id^=letter-]").Select(h => h.Id));
        Assert.All(page.QuerySelectorAll(".back-to-top a"), a => Assert.Equal("Volver arriba", a.TextContent));
        AssertNoEnglish(page.QuerySelector("main")!.TextContent, "Words you may hear", "Back to top", "Print this page");

        var slug = page.QuerySelector("dl.glossary dt a")!.GetAttribute("href")!.Split('/')[^1];
        var (_, term) = await GetAsync($"/es/glossary/{slug}");

        AssertSpanish(term);
        Assert.Equal("Glosario", term.QuerySelector(".eyebrow a")!.TextContent);
        Assert.Contains(term.QuerySelectorAll("main a"), a => a.TextContent == "Volver al glosario completo");
        Assert.EndsWith(": qué significa – TherapyGuide", term.Title, StringComparison.Ordinal);
        AssertNoEnglish(term.QuerySelector("main")!.TextContent, "Back to the full glossary", "Also written as");
    }

    [Fact]
    public void A_Spanish_glossary_letter_keeps_N_with_tilde_and_puts_accented_letters_with_their_plain_ones()
    {
        var culture = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("es");
            Assert.Equal('Ñ', IndexModel.LetterOf("ñame"));
            Assert.Equal('A', IndexModel.LetterOf("Ácido"));
            Assert.Equal('E', IndexModel.LetterOf("«Efecto»"));
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-GB");
            Assert.Equal('Á', IndexModel.LetterOf("Ácido"));
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }
    }

    [Fact]
    public async Task A_Spanish_address_that_does_not_exist_answers_with_a_Spanish_error_page()
    {
        var (response, page) = await GetAsync("/es/nothing-here");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        AssertSpanish(page);
        Assert.Equal("Página no encontrada", page.QuerySelector("h1")!.TextContent);
        Assert.StartsWith("No encontramos esa página.", page.QuerySelector(".lead")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/es/glossary", page.QuerySelector("main li a[href$='glossary']")!.GetAttribute("href"));
        AssertNoEnglish(page.QuerySelector("main")!.TextContent, "Page not found", "You could", "the home page", "all articles", "look up a word");

        var (_, english) = await GetAsync("/nothing-here");
        Assert.Equal("Page not found", english.QuerySelector("h1")!.TextContent);
        Assert.Contains("You could:", english.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Feedback_sent_from_a_Spanish_page_without_an_answer_is_asked_again_in_Spanish_and_thanked_in_Spanish()
    {
        // Its own site: the feedback it sends must not land in the store the other public-page tests count.
        using var own = new TestSite();
        using var client = own.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var page = await HtmlForm.ParseAsync(await client.GetAsync("/es/questions"));
        var form = HtmlForm.From(page, "/es/questions", "form[action='/es/feedback']");

        var missing = await form.Set("Comment", "Falta la respuesta").PostAsync(client);

        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        var again = await HtmlForm.ParseAsync(missing);
        AssertSpanish(again);
        Assert.Equal("¿Le resultó útil esta página?", again.QuerySelector("h1")!.TextContent);
        Assert.Equal("Hay un problema", again.QuerySelector(".error-summary__title")!.TextContent);
        Assert.Equal("Elija Sí o No.", again.QuerySelector("#feedback-helpful-error")!.TextContent);
        Assert.Equal("Falta la respuesta", again.QuerySelector("#feedback-comment")!.TextContent);
        Assert.Equal("/es/questions", again.QuerySelector("main > div > p:last-child a")!.GetAttribute("href"));
        AssertNoEnglish(again.QuerySelector("main")!.TextContent,
            "Please choose Yes or No", "There is a problem", "Was this page helpful", "Send feedback", "What could we do better");

        var sent = await HtmlForm.From(again, "/es/feedback", "form[action='/es/feedback']").Set("Helpful", "yes").PostAsync(client);

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal("/es/feedback/thanks?from=%2Fes%2Fquestions", sent.Headers.Location!.OriginalString);
        var thanks = await HtmlForm.ParseAsync(await client.GetAsync(sent.Headers.Location));
        AssertSpanish(thanks);
        Assert.Equal("Gracias por su opinión", thanks.QuerySelector("h1")!.TextContent);
        Assert.Contains(thanks.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/es/questions" && a.TextContent == "Volver a la página que estaba leyendo");
    }

    [Fact]
    public async Task A_comment_that_is_too_long_is_refused_in_Spanish_with_Spanish_numbers()
    {
        using var client = site.App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var page = await HtmlForm.ParseAsync(await client.GetAsync("/es/glossary"));

        var refused = await HtmlForm.From(page, "/es/glossary", "form[action='/es/feedback']")
            .Set("Helpful", "no").Set("Comment", new string('x', 1200)).PostAsync(client);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var again = await HtmlForm.ParseAsync(refused);
        Assert.Equal("Su comentario debe tener 500 caracteres como máximo. Ahora tiene 1.200.", again.QuerySelector("#feedback-comment-error")!.TextContent);
    }

    [Fact]
    public async Task The_English_pages_keep_their_words()
    {
        var (_, questions) = await GetAsync("/questions");
        var (_, pack) = await GetAsync("/print?pages=questions");

        Assert.Equal("en", questions.DocumentElement.GetAttribute("lang"));
        Assert.Equal("My own questions", questions.GetElementById("own-questions")!.TextContent);
        Assert.Equal("Your printed pack from TherapyGuide", pack.QuerySelector("#pack-title")!.TextContent);
        Assert.Equal("page {0}", pack.QuerySelector("[data-pack-contents]")!.GetAttribute("data-page-words"));
        Assert.Equal("Printed {0} · page {1} of {2}", pack.QuerySelector("[data-care-team]")!.GetAttribute("data-margin-printed"));
        Assert.EndsWith("/questions", pack.QuerySelector("#pack-questions .pack-address")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("/es/", pack.QuerySelector("#pack-questions .pack-address")!.TextContent, StringComparison.Ordinal);
    }

    private async Task<(HttpResponseMessage Response, IHtmlDocument Page)> GetAsync(string address)
    {
        using var client = site.App.CreateClient();
        var response = await client.GetAsync(address);
        return (response, await HtmlForm.ParseAsync(response));
    }

    private static void AssertSpanish(IHtmlDocument page) => Assert.Equal("es", page.DocumentElement.GetAttribute("lang"));

    private static void AssertNoEnglish(string text, params string[] phrases) =>
        Assert.All(phrases, phrase => Assert.DoesNotContain(phrase, text, StringComparison.Ordinal));
}
