using Microsoft.EntityFrameworkCore;
using TherapyGuide.Web.Content;
using TherapyGuide.Web.Content.Editing;

namespace TherapyGuide.Web.Areas.Admin.Pages.Conditions;

public sealed class EditModel(EditingServices services) : EditContentModel<Condition, ConditionForm>(services)
{
    protected override async Task<ConditionForm> NewFormAsync(CancellationToken cancellationToken) =>
        new() { Order = (await Db.Conditions.MaxAsync(r => (int?)r.Order, cancellationToken) ?? 0) + 1 };
}
