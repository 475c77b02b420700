using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TherapyGuide.Web.Content;
using TherapyGuide.Web.Data;
using TherapyGuide.Web.Pages.Layout;

namespace TherapyGuide.Web.Pages.Conditions;

public sealed class IndexModel(TherapyGuideDbContext db) : PageModel
{
    public IReadOnlyList<IGrouping<ConditionKind, ConditionRow>> Groups { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var conditions = await db.Conditions.AsNoTracking()
            .OrderBy(c => c.Order).ThenBy(c => c.Name)
            .Select(c => new ConditionRow(c.Slug, c.Name, c.Kind, c.Summary, c.ImmunotherapyStatus, c.ImmunotherapyNote, c.CarTStatus, c.CarTNote))
            .ToListAsync(cancellationToken);
        Groups = conditions.GroupBy(c => c.Kind).OrderBy(g => g.Key).ToList();
        ViewData.SetPageInfo(new PageInfo(
            "Which illnesses each treatment is used for",
            "Which cancers immunotherapy and CAR-T cell therapy treat today, and which autoimmune diseases CAR-T is being studied for."));
    }

    public sealed record ConditionRow(
        string Slug, string Name, ConditionKind Kind, string Summary,
        TreatmentStatus ImmunotherapyStatus, string ImmunotherapyNote, TreatmentStatus CarTStatus, string CarTNote);
}
