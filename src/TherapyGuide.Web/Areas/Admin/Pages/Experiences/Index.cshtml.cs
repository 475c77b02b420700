using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TherapyGuide.Web.Content;
using TherapyGuide.Web.Content.Voices;
using TherapyGuide.Web.Data;
using TherapyGuide.Web.Pages.Layout;

namespace TherapyGuide.Web.Areas.Admin.Pages.Experiences;

/// <summary>The moderation queue: editors approve, reject, hide or delete what readers shared.</summary>
public sealed class IndexModel(TherapyGuideDbContext db, ExperienceModeration moderation, IOptions<TherapyGuideOptions> options) : PageModel
{
    /// <summary>For the retention period the page states.</summary>
    public TherapyGuideOptions Settings { get; } = options.Value;

    /// <summary>How many experiences one list shows.</summary>
    public const int ListLimit = 200;

    [BindProperty(SupportsGet = true)]
    public ExperienceStatus Status { get; set; } = ExperienceStatus.Pending;

    public IReadOnlyList<ExperienceRow> Experiences { get; private set; } = [];

    public IReadOnlyDictionary<ExperienceStatus, int> Counts { get; private set; } = new Dictionary<ExperienceStatus, int>();

    public static string Label(ExperienceStatus status) => status switch
    {
        ExperienceStatus.Pending => "Waiting",
        ExperienceStatus.Approved => "Approved",
        ExperienceStatus.Rejected => "Rejected",
        ExperienceStatus.Hidden => "Hidden",
        _ => status.ToString(),
    };

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Counts = await db.SharedExperiences.AsNoTracking()
            .GroupBy(e => e.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Status, g => g.Count, cancellationToken);
        var query = db.SharedExperiences.AsNoTracking()
            .Where(e => e.Status == Status)
            .Join(db.Articles, e => e.ArticleId, a => a.Id, (e, a) => new { Experience = e, a.Slug, a.Title });
        // The queue is worked oldest first; the other lists show the latest decisions first.
        query = Status == ExperienceStatus.Pending
            ? query.OrderBy(x => x.Experience.SubmittedUtc)
            : query.OrderByDescending(x => x.Experience.ModeratedUtc).ThenByDescending(x => x.Experience.SubmittedUtc);
        Experiences = await query
            .Take(ListLimit)
            .Select(x => new ExperienceRow(x.Experience.Id, x.Slug, x.Title, x.Experience.DisplayName, x.Experience.Text, x.Experience.Status, x.Experience.SubmittedUtc, x.Experience.ModeratedUtc))
            .ToListAsync(cancellationToken);
        ViewData.SetPageInfo(new PageInfo("Readers’ experiences", "Approve, reject, hide or delete what readers shared."));
    }

    public async Task<IActionResult> OnPostStatusAsync(int id, ExperienceStatus to, CancellationToken cancellationToken) =>
        await moderation.SetStatusAsync(id, to, Actor, cancellationToken) ? BackToList()
        // Still there, so the move is one its status no longer allows (another editor acted first).
        : await db.SharedExperiences.AnyAsync(e => e.Id == id, cancellationToken) ? StatusCode(StatusCodes.Status409Conflict)
        : NotFound();

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken cancellationToken) =>
        await moderation.DeleteAsync(id, Actor, cancellationToken) ? BackToList() : NotFound();

    private string Actor => User.Identity?.Name ?? "unknown";

    private RedirectToPageResult BackToList() => RedirectToPage(new { status = Status });
}
