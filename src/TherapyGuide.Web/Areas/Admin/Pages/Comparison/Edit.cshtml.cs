using Microsoft.EntityFrameworkCore;
using TherapyGuide.Web.Content;
using TherapyGuide.Web.Content.Editing;

namespace TherapyGuide.Web.Areas.Admin.Pages.Comparison;

public sealed class EditModel(EditingServices services) : EditContentModel<ComparisonAspect, ComparisonForm>(services)
{
    protected override async Task<ComparisonForm> NewFormAsync(CancellationToken cancellationToken) =>
        new() { Order = (await Db.ComparisonAspects.MaxAsync(r => (int?)r.Order, cancellationToken) ?? 0) + 1 };
}
