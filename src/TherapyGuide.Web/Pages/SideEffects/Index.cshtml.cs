using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TherapyGuide.Web.Content;
using TherapyGuide.Web.Data;
using TherapyGuide.Web.Pages.Layout;

namespace TherapyGuide.Web.Pages.SideEffects;

public sealed class IndexModel(TherapyGuideDbContext db) : PageModel
{
    public IReadOnlyList<IGrouping<Therapy, SideEffectCard>> Groups { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var effects = await db.SideEffects.AsNoTracking()
            .OrderBy(s => s.Order).ThenBy(s => s.Name)
            .Select(s => new SideEffectCard(s.Slug, s.Name, s.Therapy, s.Urgency, s.Symptoms, s.Timing, s.Management))
            .ToListAsync(cancellationToken);
        Groups = effects.GroupBy(s => s.Therapy).OrderBy(g => g.Key).ToList();
        ViewData.SetPageInfo(new PageInfo(
            "Side effects and when to get help",
            "Side effects of immunotherapy and CAR-T cell therapy: what they feel like, when they happen, how they are managed and how urgent they are."));
    }

    public sealed record SideEffectCard(
        string Slug, string Name, Therapy Therapy, Urgency Urgency, string Symptoms, string Timing, string Management);
}
