using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TherapyGuide.Web.Accounts;
using TherapyGuide.Web.Content.Editing;
using TherapyGuide.Web.Data;
using TherapyGuide.Web.Pages.Layout;

namespace TherapyGuide.Web.Areas.Admin.Pages.Feedback;

/// <summary>"Was this page helpful?" summed up per page, with the latest comments, so editors know what to fix.</summary>
public sealed class IndexModel(TherapyGuideDbContext db, AuditLog audit, IOptions<TherapyGuideOptions> options) : PageModel
{
    /// <summary>For the retention period the page states.</summary>
    public TherapyGuideOptions Settings { get; } = options.Value;

    public const int CommentLimit = 50;

    /// <summary>Shows one page's comments only.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Path { get; set; }

    public IReadOnlyList<PageRow> Pages { get; private set; } = [];

    public IReadOnlyList<CommentRow> Comments { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Pages = await db.PageFeedback.AsNoTracking()
            .GroupBy(f => f.Path)
            .Select(g => new PageRow(g.Key, g.Count(f => f.Helpful), g.Count(f => !f.Helpful), g.Count(f => f.Comment != null), g.Max(f => f.CreatedUtc)))
            .ToListAsync(cancellationToken);
        // The pages most often found unhelpful first.
        Pages = Pages.OrderByDescending(p => p.No).ThenByDescending(p => p.Yes + p.No).ThenBy(p => p.Path, StringComparer.Ordinal).ToList();
        var comments = db.PageFeedback.AsNoTracking().Where(f => f.Comment != null);
        if (!string.IsNullOrEmpty(Path))
        {
            comments = comments.Where(f => f.Path == Path);
        }

        Comments = await comments
            .OrderByDescending(f => f.CreatedUtc).ThenByDescending(f => f.Id)
            .Take(CommentLimit)
            .Select(f => new CommentRow(f.Id, f.Path, f.Helpful, f.Comment!, f.CreatedUtc))
            .ToListAsync(cancellationToken);
        ViewData.SetPageInfo(new PageInfo("Was this page helpful?", "Readers’ answers per page, and their latest comments."));
    }

    /// <summary>Admins delete a comment, for example when its writer asks (it is erased with its answer).</summary>
    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken cancellationToken)
    {
        if (!User.IsInRole(Roles.Admin))
        {
            return Forbid();
        }

        var feedback = await db.PageFeedback.SingleOrDefaultAsync(f => f.Id == id, cancellationToken);
        if (feedback is null)
        {
            return NotFound();
        }

        db.PageFeedback.Remove(feedback);
        audit.Add(User.Identity?.Name ?? "unknown", "feedback-delete", $"feedback {id} on {feedback.Path}", null);
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage(new { path = Path });
    }

    public sealed record PageRow(string Path, int Yes, int No, int Comments, DateTime LatestUtc);

    public sealed record CommentRow(int Id, string Path, bool Helpful, string Comment, DateTime CreatedUtc);
}
