using Microsoft.EntityFrameworkCore;
using TherapyGuide.Web.Content;
using TherapyGuide.Web.Content.Editing;
using TherapyGuide.Web.Data;

namespace TherapyGuide.Web.Areas.Admin.Pages.Comparison;

public sealed class EditModel(TherapyGuideDbContext db, ContentStore store, TimeProvider clock) : EditContentModel<ComparisonAspect, ComparisonForm>(db, store, clock)
{
    protected override async Task<ComparisonForm> NewFormAsync(CancellationToken cancellationToken) =>
        new() { Order = (await Db.ComparisonAspects.MaxAsync(r => (int?)r.Order, cancellationToken) ?? 0) + 1 };
}
