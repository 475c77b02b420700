using System.Globalization;
using System.Xml.Linq;
using Microsoft.Extensions.Options;
using TherapyGuide.Web.Caching;
using TherapyGuide.Web.Content.Reading;
using TherapyGuide.Web.Hosting;

namespace TherapyGuide.Web.Publishing;

/// <summary>/sitemap.xml, /robots.txt and /feed.xml: published content only, built with XDocument so it is always well-formed.</summary>
public static class Discoverability
{
    /// <summary>The newest articles a feed reader is given; the sitemap still lists every one.</summary>
    public const int FeedEntries = 50;

    private static readonly XNamespace _sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace _atom = "http://www.w3.org/2005/Atom";

    // HEAD as well as GET: feed readers, crawlers and link checkers ask with HEAD first (the server sends no body).
    private static readonly string[] _getAndHead = [HttpMethods.Get, HttpMethods.Head];

    public static void MapDiscoverability(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapMethods("/robots.txt", _getAndHead, (HttpRequest request, PublicAddress address) => Results.Text(
            $"User-agent: *\nDisallow: /admin\nDisallow: /search\nDisallow: /feedback\nDisallow: /articles/*/share\n\nSitemap: {address.For(request, "/sitemap.xml")}\n",
            "text/plain; charset=utf-8")).CachedUntilChanged(app.Configuration);
        app.MapMethods("/sitemap.xml", _getAndHead, SitemapAsync).CachedUntilChanged(app.Configuration, CacheTags.AnyContent);
        app.MapMethods("/feed.xml", _getAndHead, FeedAsync).CachedUntilChanged(app.Configuration, CacheTags.Articles);
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
        var (articles, terms, compare, effects, conditions, questions) = await content.SitemapAsync(cancellationToken);
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

        var sitemap = new XElement(_sitemap + "urlset", pages.Select(p => new XElement(_sitemap + "url",
            new XElement(_sitemap + "loc", address.For(request, p.Path)),
            p.Modified is { } modified ? new XElement(_sitemap + "lastmod", modified.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) : null)));
        return Results.Text("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + sitemap, "application/xml; charset=utf-8");
    }

    private static async Task<IResult> FeedAsync(
        HttpRequest request, PublicAddress address, IOptions<TherapyGuideOptions> options, DiscoverabilityContent content, CancellationToken cancellationToken)
    {
        var articles = await content.FeedAsync(FeedEntries, cancellationToken);
        var home = address.For(request, "/");
        static string Stamp(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var updated = articles.Count > 0 ? articles.Max(a => a.UpdatedUtc) : DateTime.UnixEpoch;

        var feed = new XElement(_atom + "feed",
            new XElement(_atom + "title", $"{options.Value.SiteName}: articles"),
            new XElement(_atom + "subtitle", "Plain-language articles on cancer immunotherapy and CAR-T cell therapy."),
            new XElement(_atom + "id", home),
            new XElement(_atom + "updated", Stamp(updated)),
            new XElement(_atom + "link", new XAttribute("rel", "self"), new XAttribute("href", address.For(request, "/feed.xml"))),
            new XElement(_atom + "link", new XAttribute("rel", "alternate"), new XAttribute("href", home)),
            new XElement(_atom + "author", new XElement(_atom + "name", options.Value.SiteName)),
            articles.Select(a => new XElement(_atom + "entry",
                new XElement(_atom + "title", a.Title),
                new XElement(_atom + "id", address.For(request, $"/articles/{a.Slug}")),
                new XElement(_atom + "link", new XAttribute("rel", "alternate"), new XAttribute("href", address.For(request, $"/articles/{a.Slug}"))),
                new XElement(_atom + "updated", Stamp(a.UpdatedUtc)),
                a.Published is { } published ? new XElement(_atom + "published", published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z") : null,
                new XElement(_atom + "summary", a.Summary),
                new XElement(_atom + "content", new XAttribute("type", "html"), a.BodyHtml))));
        return Results.Text("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + feed, "application/atom+xml; charset=utf-8");
    }
}
