using Microsoft.EntityFrameworkCore;
using TherapyGuide.Web.Content;
using TherapyGuide.Web.Content.Editing;
using TherapyGuide.Web.Data;

namespace TherapyGuide.Web.Areas.Admin.Pages.SideEffects;

public sealed class EditModel(TherapyGuideDbContext db, ContentStore store, TimeProvider clock) : EditContentModel<SideEffect, SideEffectForm>(db, store, clock)
{
    protected override async Task<SideEffectForm> NewFormAsync(CancellationToken cancellationToken) =>
        new() { Order = (await Db.SideEffects.MaxAsync(r => (int?)r.Order, cancellationToken) ?? 0) + 1 };
}
