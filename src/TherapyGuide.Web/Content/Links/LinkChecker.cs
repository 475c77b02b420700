using AngleSharp.Dom;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TherapyGuide.Web.Content.Kinds;
using TherapyGuide.Web.Content.Reading;
using TherapyGuide.Web.Data;

namespace TherapyGuide.Web.Content.Links;

/// <summary>
/// Finds the broken links in published content: every link in an article's body, its related articles and its
/// sources. Addresses inside the site are checked against the content and the site's routes; addresses on other sites
/// only when <see cref="LinkCheckOptions.External"/> is on. The last report is kept in memory: it is worked out again
/// from the store at start, so nothing is lost with it, and each node keeps its own.
/// </summary>
public sealed partial class LinkChecker(
    IServiceScopeFactory scopes, EndpointDataSource endpoints, IWebHostEnvironment environment, ExternalLinks external,
    IOptions<TherapyGuideOptions> options, TimeProvider clock, ILogger<LinkChecker> logger) : IDisposable
{
    // One check at a time: a second one (a save during a check, or the button) waits and then reads the newer content.
    private readonly SemaphoreSlim _running = new(1, 1);

    /// <summary>The latest check's report; null until the first check ends.</summary>
    public LinkReport? Latest { get; private set; }

    /// <summary>Checks every link now and keeps the report; a check already running finishes first.</summary>
    public async Task<LinkReport> CheckAsync(CancellationToken cancellationToken)
    {
        await _running.WaitAsync(cancellationToken);
        try
        {
            var started = clock.GetUtcNow();
            var (links, known) = await ReadContentAsync(cancellationToken);
            var checkExternal = options.Value.LinkCheck.External;
            var hosts = SiteHosts();
            var broken = new List<BrokenLink>();
            foreach (var link in links)
            {
                var problem = LinkAddress.Read(link.Page, link.Address, hosts) switch
                {
                    LinkTarget.Broken b => b.Reason,
                    LinkTarget.Internal i => known.Problem(i.Path, i.Fragment),
                    LinkTarget.External e when checkExternal => await external.ProblemAsync(e.Address, cancellationToken),
                    _ => null,
                };
                if (problem is not null)
                {
                    broken.Add(new BrokenLink(link.Kind, link.Id, link.Item, link.Text, link.Address, problem));
                }
            }

            Latest = new LinkReport(started, links.Count, broken, checkExternal);
            LogChecked(links.Count, broken.Count);
            return Latest;
        }
        finally
        {
            _running.Release();
        }
    }

    public void Dispose() => _running.Dispose();

    private async Task<(List<ContentLink> Links, KnownPages Known)> ReadContentAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TherapyGuideDbContext>();
        var articles = await db.Articles.AsNoTracking().OrderBy(a => a.Order).ThenBy(a => a.Id).ToListAsync(cancellationToken);
        var redirects = await db.SlugRedirects.AsNoTracking().ToListAsync(cancellationToken);
        var glossary = await db.GlossaryTerms.AsNoTracking().Select(t => t.Slug).ToListAsync(cancellationToken);

        var links = new List<ContentLink>();
        var byId = new Dictionary<int, KnownArticle>();
        foreach (var article in articles)
        {
            var body = HtmlFragment.Parse(article.BodyHtml);
            byId[article.Id] = new KnownArticle(
                article.Status,
                body.Descendants<IElement>().Select(e => e.Id).OfType<string>().ToHashSet(StringComparer.Ordinal));
            // Drafts are not checked: readers cannot see them, and an editor is still writing them.
            if (article.Status != ArticleStatus.Published)
            {
                continue;
            }

            var page = ContentKindRegistry.Article.PublicPath(article.Slug);
            links.AddRange(body.QuerySelectorAll("a[href]").Select(a =>
                new ContentLink(ContentKind.Article, article.Id, article.Title, Text(a.TextContent), a.GetAttribute("href")!) { Page = page }));
            links.AddRange(article.RelatedSlugs.Select(slug =>
                new ContentLink(ContentKind.Article, article.Id, article.Title, "Related articles", $"/articles/{slug}") { Page = page }));
            links.AddRange(article.Sources.Where(s => !string.IsNullOrWhiteSpace(s.Url)).Select(s =>
                new ContentLink(ContentKind.Article, article.Id, article.Title, $"Source: {Text(s.Title)}", s.Url!) { Page = page }));
        }

        var known = new Dictionary<string, KnownArticle>(StringComparer.Ordinal);
        foreach (var redirect in redirects.Where(r => byId.ContainsKey(r.ArticleId)))
        {
            known[redirect.OldSlug] = byId[redirect.ArticleId];
        }

        foreach (var article in articles)
        {
            known[article.Slug] = byId[article.Id];
        }

        return (links, new KnownPages(FixedPaths(), known, glossary.ToHashSet(StringComparer.Ordinal), StaticFileExists));
    }

    /// <summary>A link's text on one line, cut short: it is shown in a table cell.</summary>
    private static string Text(string text)
    {
        var words = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return words.Length <= 120 ? words : string.Concat(words.AsSpan(0, 119), "…");
    }

    /// <summary>
    /// The site's own addresses that hold no slug, read from its routes (every page and endpoint), so a page added
    /// later is known without a change here. A route whose parameters are all optional (/feedback/{handler?}) counts.
    /// </summary>
    private HashSet<string> FixedPaths()
    {
        var paths = new HashSet<string>(StringComparer.Ordinal) { "/" };
        foreach (var route in endpoints.Endpoints.OfType<RouteEndpoint>())
        {
            var literal = new List<string>();
            var fixedRoute = true;
            foreach (var segment in route.RoutePattern.PathSegments)
            {
                if (!segment.IsSimple || segment.Parts[0] is not RoutePatternLiteralPart part)
                {
                    fixedRoute = segment.Parts.All(p => p is RoutePatternParameterPart { IsOptional: true });
                    break;
                }

                literal.Add(part.Content);
            }

            if (fixedRoute)
            {
                paths.Add(Publishing.PublicAddress.NormalPath("/" + string.Join('/', literal)));
            }
        }

        return paths;
    }

    private bool StaticFileExists(string path) =>
        !path.Contains("..", StringComparison.Ordinal) && environment.WebRootFileProvider.GetFileInfo(path).Exists;

    /// <summary>The host of the site's configured public address: links written with it are the site's own.</summary>
    private HashSet<string> SiteHosts() =>
        Uri.TryCreate(options.Value.PublicBaseUrl, UriKind.Absolute, out var site)
            ? new HashSet<string>([site.Host], StringComparer.OrdinalIgnoreCase)
            : new HashSet<string>(StringComparer.OrdinalIgnoreCase);

    [LoggerMessage(Level = LogLevel.Information, Message = "Checked {Links} links; {Broken} broken")]
    private partial void LogChecked(int links, int broken);
}
