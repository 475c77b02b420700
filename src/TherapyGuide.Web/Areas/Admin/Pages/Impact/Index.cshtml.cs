using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TherapyGuide.Web.Impact;
using TherapyGuide.Web.Pages.Layout;

namespace TherapyGuide.Web.Areas.Admin.Pages.Impact;

/// <summary>Views, "helpful" share and comments across the site and per page, over a range the editor chooses.</summary>
public sealed class IndexModel(ImpactReport report, TimeProvider clock) : PageModel
{
    public ImpactRange Range { get; private set; } = null!;

    public ImpactView Site { get; private set; } = null!;

    public IReadOnlyList<ImpactPage> Pages { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (ImpactRange.FromQuery(Request.Query["days"], clock) is not { } range)
        {
            return BadRequest();
        }

        Range = range;
        var figures = await report.LoadAsync(range, path: null, cancellationToken);
        Site = new("site", "The whole site", figures);
        Pages = figures.Pages();
        ViewData.SetPageInfo(new PageInfo("Impact", "Page views, “helpful” answers and comments, across the site and per page."));
        return Page();
    }
}
