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
    /// <summary>The name to look for: posted, never in the address, so it stays out of logs and browser history.</summary>
    [BindProperty]
    public string? Name { get; set; }

    /// <summary>How many were erased, after an erasure.</summary>
    [BindProperty(SupportsGet = true)]
    public int? Erased { get; set; }

    /// <summary>Whether a name was looked up (the page then lists what was shared under it).</summary>
    public bool Searched { get; private set; }

    public IReadOnlyList<ExperienceRow> Matches { get; private set; } = [];

    public void OnGet() => SetPageInfo();

    public async Task<IActionResult> OnPostFindAsync(CancellationToken cancellationToken)
    {
        var ids = await moderation.SharedUnderAsync(Name, cancellationToken);
        Matches = await db.SharedExperiences.AsNoTracking()
            .Where(e => ids.Contains(e.Id))
            .OrderBy(e => e.SubmittedUtc)
            .Join(db.Articles, e => e.ArticleId, a => a.Id, (e, a) => new ExperienceRow(e.Id, a.Slug, a.Title, e.DisplayName, e.Text, e.Status, e.SubmittedUtc, e.ModeratedUtc))
            .ToListAsync(cancellationToken);
        Searched = !string.IsNullOrWhiteSpace(Name);
        SetPageInfo();
        return Page();
    }

    public async Task<IActionResult> OnPostEraseAsync(CancellationToken cancellationToken)
    {
        var erased = await moderation.EraseAsync(Name, User.Identity?.Name ?? "unknown", cancellationToken);
        // The name is not carried into the address of the result either.
        return RedirectToPage(new { erased });
    }

    private void SetPageInfo() =>
        ViewData.SetPageInfo(new PageInfo("Erase a reader’s experiences", "Delete every experience shared under one name, when the reader asks."));
}
