using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TherapyGuide.Web.Content;
using TherapyGuide.Web.Data;
using TherapyGuide.Web.Pages.Layout;

namespace TherapyGuide.Web.Areas.Admin.Pages.Conditions;

public sealed class IndexModel(TherapyGuideDbContext db) : PageModel
{
    public ItemList List { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var rows = await db.Conditions.AsNoTracking()
            .OrderBy(c => c.Kind).ThenBy(c => c.Order).ThenBy(c => c.Name)
            .Select(c => new { c.Id, c.Name, c.Kind, c.ImmunotherapyStatus, c.CarTStatus })
            .ToListAsync(cancellationToken);
        List = new ItemList(ContentKind.Condition, "Conditions by kind",
            rows.Select(r => new ItemList.Row(r.Id, r.Name,
                $"{ContentLabels.For(r.Kind)} · immunotherapy: {ContentLabels.For(r.ImmunotherapyStatus)} · CAR-T: {ContentLabels.For(r.CarTStatus)}")).ToList());
        ViewData.SetPageInfo(new PageInfo("Conditions", "Illnesses and where each treatment stands."));
    }
}
