using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TherapyGuide.Web.Content.Voices;

namespace TherapyGuide.Web.Impact;

/// <summary>
/// Counts a view when a reader's GET of a public page answers 200 (the output cache's copies too, which pass through
/// here), or 304 for a page this node has shown (a browser showing its copy again). Not counted: the editors' area,
/// files, the feed, sitemap, robots.txt and health check (no page answers them), the error and thank-you pages, HEAD,
/// anything that did not answer 200 or 304, and requests from robots (a User-Agent naming bot, crawl, spider or
/// preview, or none at all). Pages a front cache (Varnish) answers from its own copy never reach the site and are not
/// counted. Reads nothing about the reader but that User-Agent test, and keeps nothing but the page's path.
/// </summary>
public sealed partial class PageViewCounting(RequestDelegate next, PageViewCounter counter)
{
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        await next(context);
        var request = context.Request;
        if (!HttpMethods.IsGet(request.Method) || IsRobot(request.Headers.UserAgent.ToString()))
        {
            return;
        }

        if (context.Response.StatusCode == StatusCodes.Status200OK && IsReaderPage(context) && CanonicalPath(request.Path) is { } shown)
        {
            counter.Shown(shown);
        }
        else if (context.Response.StatusCode == StatusCodes.Status304NotModified && CanonicalPath(request.Path) is { } again)
        {
            counter.ShownAgain(again);
        }
    }

    /// <summary>True for a User-Agent that says it is a robot (crawlers, link previews), or for none at all.</summary>
    public static bool IsRobot(string? userAgent) => string.IsNullOrWhiteSpace(userAgent) || RobotWords().IsMatch(userAgent);

    /// <summary>
    /// The page's path as it is counted: lower case, no query string, no trailing slash; null when too long to be one of
    /// the site's pages.
    /// </summary>
    public static string? CanonicalPath(PathString path)
    {
        var value = path.Value?.TrimEnd('/').ToLowerInvariant();
        if (string.IsNullOrEmpty(value))
        {
            return "/";
        }

        return value.Length <= ReaderText.PathLength ? value : null;
    }

    /// <summary>
    /// A public Razor page answered, showing content: not the editors' area, the error page or a handler's page (the
    /// thank-you pages). A page answers 200 only for what the site has (an unknown article is 404), so the paths
    /// counted are bounded by the site's own pages, whatever a request makes up.
    /// </summary>
    private static bool IsReaderPage(HttpContext context)
    {
        var page = context.GetEndpoint()?.Metadata.GetMetadata<PageActionDescriptor>();
        return page is { AreaName: null }
            && page.ViewEnginePath != "/Error"
            && context.GetRouteValue("handler") is null
            && !context.Request.Query.ContainsKey("handler");
    }

    [GeneratedRegex("bot|crawl|spider|preview", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RobotWords();
}
