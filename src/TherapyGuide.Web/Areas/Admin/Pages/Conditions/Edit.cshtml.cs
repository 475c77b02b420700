using Microsoft.EntityFrameworkCore;
using TherapyGuide.Web.Content;
using TherapyGuide.Web.Content.Editing;
using TherapyGuide.Web.Data;

namespace TherapyGuide.Web.Areas.Admin.Pages.Conditions;

public sealed class EditModel(TherapyGuideDbContext db, ContentStore store, TimeProvider clock) : EditContentModel<Condition, ConditionForm>(db, store, clock)
{
    protected override async Task<ConditionForm> NewFormAsync(CancellationToken cancellationToken) =>
        new() { Order = (await Db.Conditions.MaxAsync(r => (int?)r.Order, cancellationToken) ?? 0) + 1 };
}
