using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TherapyGuide.Web.Content.Voices;
using TherapyGuide.Web.Data;
using TherapyGuide.Web.Pages.Layout;

namespace TherapyGuide.Web.Areas.Admin.Pages.Experiences;

/// <summary>
/// Admins erase a reader's experiences when the reader asks. Readers give no email, so a reader is known by the
/// name they chose: every experience shared under that name is found, shown, and deleted together.
/// </summary>
public sealed class EraseModel(TherapyGuideDbContext db, ExperienceModeration moderation) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Name { get; set; }

    /// <summary>How many were erased, after an erasure.</summary>
    [BindProperty(SupportsGet = true)]
    public int? Erased { get; set; }

    public IReadOnlyList<ExperienceRow> Matches { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var ids = await moderation.SharedUnderAsync(Name, cancellationToken);
        Matches = await db.SharedExperiences.AsNoTracking()
            .Where(e => ids.Contains(e.Id))
            .OrderBy(e => e.SubmittedUtc)
            .Join(db.Articles, e => e.ArticleId, a => a.Id, (e, a) => new ExperienceRow(e.Id, a.Slug, a.Title, e.DisplayName, e.Text, e.Status, e.SubmittedUtc, e.ModeratedUtc))
            .ToListAsync(cancellationToken);
        ViewData.SetPageInfo(new PageInfo("Erase a reader’s experiences", "Delete every experience shared under one name, when the reader asks."));
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var erased = await moderation.EraseAsync(Name, User.Identity?.Name ?? "unknown", cancellationToken);
        // The name is not carried into the address of the result, so it stays in no log or history.
        return RedirectToPage(new { erased });
    }
}
