using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TherapyGuide.Web.Data;
using TherapyGuide.Web.Pages.Layout;

namespace TherapyGuide.Web.Pages.Compare;

public sealed class IndexModel(TherapyGuideDbContext db) : PageModel
{
    public IReadOnlyList<ComparisonRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Rows = await db.ComparisonAspects.AsNoTracking()
            .OrderBy(a => a.Order).ThenBy(a => a.Aspect)
            .Select(a => new ComparisonRow(a.Slug, a.Aspect, a.Immunotherapy, a.CarT))
            .ToListAsync(cancellationToken);
        ViewData.SetPageInfo(new PageInfo(
            "Immunotherapy and CAR-T side by side",
            "A side-by-side table of immunotherapy and CAR-T cell therapy: how each works, how it is given, hospital stay, recovery and side effects."));
    }

    public sealed record ComparisonRow(string Slug, string Aspect, string Immunotherapy, string CarT);
}
