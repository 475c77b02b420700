using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TherapyGuide.Web.Content;
using TherapyGuide.Web.Content.Editing;
using TherapyGuide.Web.Content.Review;
using TherapyGuide.Web.Data;
using TherapyGuide.Web.Languages;

namespace TherapyGuide.Tests.Languages;

/// <summary>
/// The language machinery as a reader meets it: Spanish addresses beside the English ones, the language of every page
/// and its alternates, the switch between them, the sitemap and feeds, and translations that follow their originals
/// and say when they fall behind.
/// </summary>
public sealed partial class LanguageMachineryTests(SharedSite shared) : IClassFixture<SharedSite>, IAsyncLifetime
{
    private static readonly XNamespace _sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace _xhtml = "http://www.w3.org/1999/xhtml";
    private static readonly XNamespace _atom = "http://www.w3.org/2005/Atom";

    private const string Editor = "editor@example.org";

    private static readonly Publication Approved = new(new Approval("reviewer@example.org", "Dr Ana Ruiz", "Consultant haematologist", DateTime.UtcNow, 0, 1));

    private TestSite _site = null!;

    public async Task InitializeAsync() => _site = await shared.FreshAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    public static TheoryData<string> ReadersPages => new()
    {
        "/", "/articles", "/articles/side-effects-compared", "/compare", "/side-effects", "/conditions", "/glossary",
        "/glossary/antibody", "/questions", "/print", "/about", "/privacy", "/search?q=fiebre",
    };

    [Theory]
    [MemberData(nameof(ReadersPages))]
    public async Task Every_readers_page_has_a_spanish_address_in_spanish_with_its_alternates_and_a_way_back(string english)
    {
        using var client = _site.CreateClient();
        var spanish = SiteLanguage.Spanish.PathFor(english);

        var html = await client.GetStringAsync(new Uri(spanish, UriKind.Relative));

        Assert.Contains("<html lang=\"es\">", html, StringComparison.Ordinal);
        Assert.Contains("Ir al contenido principal", html, StringComparison.Ordinal);
        Assert.Contains("Esta es información general, no un consejo médico.", html, StringComparison.Ordinal);
        var path = english.Split('?')[0];
        if (!path.StartsWith("/search", StringComparison.Ordinal))
        {
            Assert.Contains($"hreflang=\"en\" href=\"http://localhost{path}\"", html, StringComparison.Ordinal);
            Assert.Contains($"hreflang=\"es\" href=\"http://localhost{SiteLanguage.Spanish.PathFor(path)}\"", html, StringComparison.Ordinal);
            Assert.Contains($"hreflang=\"x-default\" href=\"http://localhost{path}\"", html, StringComparison.Ordinal);
        }

        // The switch goes to the same page in English, named in English.
        Assert.Contains($"<a hreflang=\"en\" lang=\"en\" href=\"{path}\"><span class=\"language-switch__code\" aria-hidden=\"true\">EN</span><span class=\"language-switch__name\">English</span></a>", html, StringComparison.Ordinal);
        // Every link to a reader's page stays in Spanish.
        foreach (Match link in ReadersLink().Matches(html))
        {
            var target = link.Groups["href"].Value;
            Assert.True(
                target.StartsWith("/es", StringComparison.Ordinal) || link.Value.Contains("hreflang=", StringComparison.Ordinal),
                $"{spanish} links to {target} outside Spanish");
        }
    }

    [Fact]
    public async Task English_pages_keep_their_addresses_and_offer_the_spanish_page()
    {
        using var client = _site.CreateClient();

        var html = await client.GetStringAsync(new Uri("/side-effects", UriKind.Relative));

        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("<a hreflang=\"es\" lang=\"es\" href=\"/es/side-effects\"><span class=\"language-switch__code\" aria-hidden=\"true\">ES</span><span class=\"language-switch__name\">Español</span></a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/es/articles", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/esperanza")]
    [InlineData("/es/nothing-here")]
    [InlineData("/es/articles/no-such-article")]
    [InlineData("/es/admin")]
    public async Task Addresses_that_are_not_pages_answer_404(string path)
    {
        using var client = _site.CreateClient();

        var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Spanish_pages_write_dates_the_spanish_way()
    {
        using var client = _site.CreateClient();

        var html = await client.GetStringAsync(new Uri("/es/articles/side-effects-compared", UriKind.Relative));

        Assert.Matches(@"Revisado por última vez el <time datetime=""\d{4}-\d{2}-\d{2}"">\d{1,2} de [a-z]+ de \d{4}</time>", html);
    }

    [Fact]
    public async Task A_side_effect_card_in_spanish_is_exactly_as_urgent_as_the_english_one_even_after_the_english_changes()
    {
        var (id, spanishId) = await SideEffectIdsAsync("tiredness-after-car-t");
        await using (var scope = _site.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TherapyGuideDbContext>();
            var english = await db.SideEffects.SingleAsync(s => s.Id == id);
            var form = SideEffectForm.From(english);
            form.Urgency = Urgency.ContactNow;
            var saved = await scope.ServiceProvider.GetRequiredService<ContentStore>()
                .SaveAsync<SideEffect, SideEffectForm>(id, form, Editor, "More urgent", CancellationToken.None, Approved);
            Assert.Equal(SaveOutcome.Saved, saved.Outcome);
        }

        await using (var scope = _site.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TherapyGuideDbContext>();
            var spanish = await db.SideEffects.IgnoreQueryFilters().SingleAsync(s => s.Id == spanishId);
            Assert.Equal(Urgency.ContactNow, spanish.Urgency);
            Assert.Equal("es", spanish.Language);
        }
    }

    [Fact]
    public async Task A_translation_saved_with_another_urgency_keeps_the_originals()
    {
        var (id, spanishId) = await SideEffectIdsAsync("cytokine-release-syndrome");
        await using var scope = _site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TherapyGuideDbContext>();
        using (LanguageScope.Use(SiteLanguage.Spanish))
        {
            var spanish = await db.SideEffects.AsNoTracking().SingleAsync(s => s.Id == spanishId);
            var form = SideEffectForm.From(spanish);
            form.Urgency = Urgency.NextContact;
            form.Management += " Texto nuevo.";
            var saved = await scope.ServiceProvider.GetRequiredService<ContentStore>()
                .SaveAsync<SideEffect, SideEffectForm>(spanishId, form, Editor, "Traducción", CancellationToken.None, Publication.Direct);
            // A translation's safety advice is reviewed as the original's is.
            Assert.Equal(SaveOutcome.NeedsApproval, saved.Outcome);
            saved = await scope.ServiceProvider.GetRequiredService<ContentStore>()
                .SaveAsync<SideEffect, SideEffectForm>(spanishId, form, Editor, "Traducción", CancellationToken.None, Approved);
            Assert.Equal(SaveOutcome.Saved, saved.Outcome);
        }

        var stored = await db.SideEffects.IgnoreQueryFilters().AsNoTracking().SingleAsync(s => s.Id == spanishId);
        Assert.Equal(Urgency.Emergency, stored.Urgency);
        Assert.EndsWith("Texto nuevo.", stored.Management, StringComparison.Ordinal);
        Assert.Equal(Urgency.Emergency, (await db.SideEffects.AsNoTracking().SingleAsync(s => s.Id == id)).Urgency);
    }

    [Fact]
    public async Task A_changed_english_article_makes_its_spanish_page_say_it_may_be_out_of_date()
    {
        using var client = _site.CreateClient();
        const string Page = "/es/articles/side-effects-compared";
        Assert.DoesNotContain("La versión en inglés se actualizó", await client.GetStringAsync(new Uri(Page, UriKind.Relative)), StringComparison.Ordinal);

        await using (var scope = _site.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TherapyGuideDbContext>();
            var english = await db.Articles.AsNoTracking().SingleAsync(a => a.Slug == "side-effects-compared");
            var form = ArticleForm.From(english);
            form.Body += "\n\nA new closing paragraph.";
            var saved = await scope.ServiceProvider.GetRequiredService<ContentStore>()
                .SaveAsync<Article, ArticleForm>(english.Id, form, Editor, "Added a paragraph", CancellationToken.None, Publication.Direct);
            Assert.Equal(SaveOutcome.Saved, saved.Outcome);
        }

        // The cached Spanish page was cleared with the English one.
        var html = await client.GetStringAsync(new Uri(Page, UriKind.Relative));
        var today = SiteLanguage.Spanish.LongDate(DateTime.UtcNow);
        Assert.Contains($"La versión en inglés se actualizó el {today}; es posible que esta traducción no incluya el cambio.", html, StringComparison.Ordinal);
        Assert.Contains("<a hreflang=\"en\" href=\"/articles/side-effects-compared\">Leer la versión en inglés</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("A new closing paragraph", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_article_not_translated_yet_says_so_in_spanish_with_the_way_to_the_english_page()
    {
        await using (var scope = _site.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TherapyGuideDbContext>();
            await db.Articles.IgnoreQueryFilters().Where(a => a.Language == "es" && a.Slug == "choosing-a-treatment").ExecuteDeleteAsync();
        }

        using var client = _site.CreateClient();
        var response = await client.GetAsync(new Uri("/es/articles/choosing-a-treatment", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("<html lang=\"es\">", html, StringComparison.Ordinal);
        Assert.Contains("Este artículo aún no está traducido", html, StringComparison.Ordinal);
        Assert.Contains("<a hreflang=\"en\" lang=\"en\" href=\"/articles/choosing-a-treatment\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("hreflang=\"es\" href=", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sitemap_lists_both_languages_with_their_alternates_and_each_language_has_its_feed()
    {
        using var client = _site.CreateClient();

        var sitemap = XDocument.Parse(await client.GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative)));
        var urls = sitemap.Root!.Elements(_sitemap + "url").ToList();
        var spanish = urls.Single(u => u.Element(_sitemap + "loc")!.Value == "http://localhost/es/side-effects");
        Assert.Equal(
            ["en http://localhost/side-effects", "es http://localhost/es/side-effects"],
            spanish.Elements(_xhtml + "link").Select(l => $"{l.Attribute("hreflang")!.Value} {l.Attribute("href")!.Value}").Order());
        Assert.Contains(urls, u => u.Element(_sitemap + "loc")!.Value == "http://localhost/es/articles/side-effects-compared");
        Assert.Contains(urls, u => u.Element(_sitemap + "loc")!.Value == "http://localhost/es");

        var feed = XDocument.Parse(await client.GetStringAsync(new Uri("/es/feed.xml", UriKind.Relative)));
        Assert.Equal("es", feed.Root!.Attribute(XNamespace.Xml + "lang")!.Value);
        Assert.Equal("TherapyGuide: artículos", feed.Root.Element(_atom + "title")!.Value);
        var entries = feed.Root.Elements(_atom + "entry").ToList();
        Assert.NotEmpty(entries);
        Assert.All(entries, e => Assert.StartsWith("http://localhost/es/articles/", e.Element(_atom + "id")!.Value, StringComparison.Ordinal));

        var robots = await client.GetStringAsync(new Uri("/robots.txt", UriKind.Relative));
        Assert.Contains("Disallow: /es/search", robots, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/es", "es", "/")]
    [InlineData("/es/side-effects", "es", "/side-effects")]
    [InlineData("/ES/Side-Effects", "es", "/Side-Effects")]
    [InlineData("/esperanza", "en", "/esperanza")]
    [InlineData("/", "en", "/")]
    [InlineData("", "en", "/")]
    public void An_address_says_its_language_by_its_first_segment_alone(string path, string language, string english)
    {
        var (found, rest) = SiteLanguage.Split(path);

        Assert.Equal(language, found.Code);
        Assert.Equal(english, rest);
    }

    private async Task<(int English, int Spanish)> SideEffectIdsAsync(string slug)
    {
        await using var scope = _site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TherapyGuideDbContext>();
        var rows = await db.SideEffects.IgnoreQueryFilters().Where(s => s.Slug == slug).Select(s => new { s.Id, s.Language }).ToListAsync();
        return (rows.Single(r => r.Language == "en").Id, rows.Single(r => r.Language == "es").Id);
    }

    [GeneratedRegex("<a [^>]*href=\"(?<href>/[^\"/][^\"]*|/)\"[^>]*>")]
    private static partial Regex ReadersLink();
}
