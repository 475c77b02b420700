using Microsoft.EntityFrameworkCore;
using TherapyGuide.Web.Content;
using TherapyGuide.Web.Content.Editing;

namespace TherapyGuide.Web.Areas.Admin.Pages.SideEffects;

public sealed class EditModel(EditingServices services) : EditContentModel<SideEffect, SideEffectForm>(services)
{
    protected override async Task<SideEffectForm> NewFormAsync(CancellationToken cancellationToken) =>
        new() { Order = (await Db.SideEffects.MaxAsync(r => (int?)r.Order, cancellationToken) ?? 0) + 1 };

    /// <summary>Telling readers to act later than before is the change most likely to hurt someone: the editor says why.</summary>
    protected override void CheckChange(SideEffectForm? published)
    {
        if (published is not null && Form.Urgency < published.Urgency && string.IsNullOrWhiteSpace(Note))
        {
            ModelState.AddModelError(nameof(Note),
                $"You are lowering the urgency from “{ContentLabels.For(published.Urgency)}” to “{ContentLabels.For(Form.Urgency)}”. Say why in the note (for example, which source says so).");
        }
    }
}
