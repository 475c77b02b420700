using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TherapyGuide.Web.Content;
using TherapyGuide.Web.Content.Editing;
using TherapyGuide.Web.Data;
using UrgentHelpBlock = TherapyGuide.Web.Content.UrgentHelp;

namespace TherapyGuide.Web.Areas.Admin.Pages.UrgentHelp;

/// <summary>There is one urgent-help block: this address opens it for editing (or offers to write it when a store has none).</summary>
public sealed class IndexModel(TherapyGuideDbContext db) : PageModel
{
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var id = await db.UrgentHelp.AsNoTracking()
            .Where(u => u.Slug == UrgentHelpBlock.MainSlug)
            .Select(u => (int?)u.Id)
            .SingleOrDefaultAsync(cancellationToken);
        return Redirect(id is { } found ? ContentKinds.EditPath(ContentKind.UrgentHelp, found) : "/admin/urgent-help/edit");
    }
}
