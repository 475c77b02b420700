using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TherapyGuide.Web.Content;
using TherapyGuide.Web.Data;
using TherapyGuide.Web.Pages.Layout;

namespace TherapyGuide.Web.Areas.Admin.Pages.SideEffects;

public sealed class IndexModel(TherapyGuideDbContext db) : PageModel
{
    public ItemList List { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var rows = await db.SideEffects.AsNoTracking()
            .OrderBy(s => s.Therapy).ThenBy(s => s.Order).ThenBy(s => s.Name)
            .Select(s => new { s.Id, s.Name, s.Therapy, s.Urgency })
            .ToListAsync(cancellationToken);
        List = new ItemList(ContentKind.SideEffect, "Side effects by treatment",
            rows.Select(r => new ItemList.Row(r.Id, r.Name, $"{ContentLabels.For(r.Therapy)} · {ContentLabels.For(r.Urgency)}")).ToList());
        ViewData.SetPageInfo(new PageInfo("Side effects", "Side effects and their urgency."));
    }
}
