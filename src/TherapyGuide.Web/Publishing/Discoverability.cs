using System.Globalization;
using System.Xml.Linq;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using TherapyGuide.Web.Caching;
using TherapyGuide.Web.Content.Reading;
using TherapyGuide.Web.Hosting;
using TherapyGuide.Web.Languages;

namespace TherapyGuide.Web.Publishing;

/// <summary>
/// /sitemap.xml, /robots.txt and a feed per language (/feed.xml, /es/feed.xml): published content only, built with
/// XDocument so it is always well-formed. The one sitemap lists every language's pages, each with its alternates.
/// </summary>
public static class Discoverability
{
    /// <summary>The newest articles a feed reader is given; the sitemap still lists every one.</summary>
    public const int FeedEntries = 50;

    private static readonly XNamespace _sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace _atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace _xhtml = "http://www.w3.org/1999/xhtml";

    // HEAD as well as GET: feed readers, crawlers and link checkers ask with HEAD first (the server sends no body).
    private static readonly string[] _getAndHead = [HttpMethods.Get, HttpMethods.Head];

    /// <summary>Pages search engines are asked to leave alone, in every language.</summary>
    private static readonly string[] _notForSearchEngines = ["/search", "/feedback", "/articles/*/share"];

    public static void MapDiscoverability(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var hidden = SiteLanguage.All.SelectMany(l => _notForSearchEngines.Select(l.PathFor));
        app.MapMethods("/robots.txt", _getAndHead, (HttpRequest request, PublicAddress address) => Results.Text(
            $"User-agent: *\nDisallow: /admin\n{string.Concat(hidden.Select(path => $"Disallow: {path}\n"))}\nSitemap: {address.For(request, "/sitemap.xml")}\n",
            "text/plain; charset=utf-8")).CachedUntilChanged(app.Configuration);
        app.MapMethods("/sitemap.xml", _getAndHead, SitemapAsync).CachedUntilChanged(app.Configuration, CacheTags.AnyContent);
        // Each language's feed at its own address; the request's language (from the address) chooses the articles.
        foreach (var language in SiteLanguage.All)
        {
            app.MapMethods(language.PathFor("/feed.xml"), _getAndHead, FeedAsync).CachedUntilChanged(app.Configuration, CacheTags.Articles);
        }
    }

    /// <summary>Serves the endpoint from the output cache (unless it is switched off) until content with these tags changes.</summary>
    private static void CachedUntilChanged(this RouteHandlerBuilder endpoint, IConfiguration configuration, params string[] tags)
    {
        if (TherapyGuideApplication.CachesPages(configuration))
        {
            endpoint.WithMetadata(TherapyGuideApplication.CachedUntilChanged(tags)).AddEndpointFilter<Caching.FrontCacheHeaders>();
        }
    }

    private static async Task<IResult> SitemapAsync(HttpRequest request, PublicAddress address, DiscoverabilityContent content, CancellationToken cancellationToken)
    {
        // Every language's pages; a page with a translation names every language's address as its alternates.
        var languages = new List<(SiteLanguage Language, List<(string Path, DateTime? Modified)> Pages)>();
        foreach (var language in SiteLanguage.All)
        {
            using (LanguageScope.Use(language))
            {
                languages.Add((language, PagesOf(await content.SitemapAsync(cancellationToken))));
            }
        }

        var inLanguages = languages
            .SelectMany(l => l.Pages.Select(p => (p.Path, l.Language)))
            .GroupBy(p => p.Path)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Language).ToList());
        var sitemap = new XElement(_sitemap + "urlset", new XAttribute(XNamespace.Xmlns + "xhtml", _xhtml.NamespaceName),
            languages.SelectMany(l => l.Pages.Select(p => new XElement(_sitemap + "url",
                new XElement(_sitemap + "loc", address.For(request, l.Language.PathFor(p.Path))),
                p.Modified is { } modified ? new XElement(_sitemap + "lastmod", modified.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) : null,
                inLanguages[p.Path].Count < 2 ? null : inLanguages[p.Path].Select(other => new XElement(_xhtml + "link",
                    new XAttribute("rel", "alternate"), new XAttribute("hreflang", other.Code),
                    new XAttribute("href", address.For(request, other.PathFor(p.Path)))))))));
        return Results.Text("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + sitemap, "application/xml; charset=utf-8");
    }

    /// <summary>One language's pages (by their English addresses) and when each last changed.</summary>
    private static List<(string Path, DateTime? Modified)> PagesOf(SitemapContent found)
    {
        var (articles, terms, compare, effects, conditions, questions) = found;
        var newestArticle = articles.Count > 0 ? articles.Max(a => a.UpdatedUtc) : (DateTime?)null;
        var newestTerm = terms.Count > 0 ? terms.Max(t => t.UpdatedUtc) : (DateTime?)null;

        var pages = new List<(string Path, DateTime? Modified)>
        {
            ("/", newestArticle), ("/articles", newestArticle), ("/compare", compare), ("/side-effects", effects),
            ("/conditions", conditions), ("/glossary", newestTerm), ("/questions", questions), ("/print", newestArticle),
            ("/privacy", null), ("/about", null),
        };
        pages.AddRange(articles.Select(a => ($"/articles/{a.Slug}", (DateTime?)a.UpdatedUtc)));
        pages.AddRange(terms.Select(t => ($"/glossary/{t.Slug}", (DateTime?)t.UpdatedUtc)));
        return pages;
    }

    private static async Task<IResult> FeedAsync(
        HttpRequest request, PublicAddress address, IOptions<TherapyGuideOptions> options, DiscoverabilityContent content,
        IStringLocalizerFactory localizers, CancellationToken cancellationToken)
    {
        var language = SiteLanguage.Current;
        var words = localizers.Create(typeof(Discoverability));
        var articles = await content.FeedAsync(FeedEntries, cancellationToken);
        var home = address.For(request, language.PathFor("/"));
        static string Stamp(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var updated = articles.Count > 0 ? articles.Max(a => a.UpdatedUtc) : DateTime.UnixEpoch;

        var feed = new XElement(_atom + "feed",
            new XAttribute(XNamespace.Xml + "lang", language.Code),
            new XElement(_atom + "title", words["{0}: articles", options.Value.SiteName].Value),
            new XElement(_atom + "subtitle", words["Plain-language articles on cancer immunotherapy and CAR-T cell therapy."].Value),
            new XElement(_atom + "id", home),
            new XElement(_atom + "updated", Stamp(updated)),
            new XElement(_atom + "link", new XAttribute("rel", "self"), new XAttribute("href", address.For(request, language.PathFor("/feed.xml")))),
            new XElement(_atom + "link", new XAttribute("rel", "alternate"), new XAttribute("href", home)),
            new XElement(_atom + "author", new XElement(_atom + "name", options.Value.SiteName)),
            articles.Select(a => new XElement(_atom + "entry",
                new XElement(_atom + "title", a.Title),
                new XElement(_atom + "id", address.For(request, language.PathFor($"/articles/{a.Slug}"))),
                new XElement(_atom + "link", new XAttribute("rel", "alternate"), new XAttribute("href", address.For(request, language.PathFor($"/articles/{a.Slug}")))),
                new XElement(_atom + "updated", Stamp(a.UpdatedUtc)),
                a.Published is { } published ? new XElement(_atom + "published", published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z") : null,
                new XElement(_atom + "summary", a.Summary),
                new XElement(_atom + "content", new XAttribute("type", "html"), a.BodyHtml))));
        return Results.Text("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + feed, "application/atom+xml; charset=utf-8");
    }
}
