using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TherapyGuide.Web.Content.Voices;
using TherapyGuide.Web.Impact;
using TherapyGuide.Web.Pages.Layout;

namespace TherapyGuide.Web.Areas.Admin.Pages.Impact;

/// <summary>One page's views, "helpful" share and comments over time: /admin/impact/page followed by the page's own path.</summary>
public sealed class OnePageModel(ImpactReport report, TimeProvider clock) : PageModel
{
    public ImpactRange Range { get; private set; } = null!;

    /// <summary>The page's path, such as /articles/what-treatment-is-like.</summary>
    public string PagePath { get; private set; } = "/";

    public ImpactView Figures { get; private set; } = null!;

    /// <summary>The address of a page's own figures.</summary>
    public static string Address(string path, ImpactRange range)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(range);
        var days = range.Days == ImpactRange.DefaultDays ? "" : $"?days={range.Days}";
        return $"/admin/impact/page{(path == "/" ? "/" : string.Join('/', path.Split('/').Select(Uri.EscapeDataString)))}{days}";
    }

    public async Task<IActionResult> OnGetAsync(string? path, CancellationToken cancellationToken)
    {
        if (ImpactRange.FromQuery(Request.Query["days"], clock) is not { } range)
        {
            return BadRequest();
        }

        // Only a page the store has figures for: anything else in the address is a page the site never counted.
        var page = "/" + (path ?? "").Trim('/').ToLowerInvariant();
        if (page.Length > ReaderText.PathLength || !await report.KnowsAsync(page, cancellationToken))
        {
            return NotFound();
        }

        Range = range;
        PagePath = page;
        Figures = new("page", page, await report.LoadAsync(range, page, cancellationToken));
        ViewData.SetPageInfo(new PageInfo($"Impact of {page}", $"Views, “helpful” answers and comments for {page}."));
        return Page();
    }
}
