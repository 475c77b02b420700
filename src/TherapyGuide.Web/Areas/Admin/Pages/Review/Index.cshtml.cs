using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TherapyGuide.Web.Content.Review;
using TherapyGuide.Web.Data;
using TherapyGuide.Web.Pages.Layout;

namespace TherapyGuide.Web.Areas.Admin.Pages.Review;

/// <summary>Every draft, by where it is on its way: in review first (safety advice at the top), then approved, then being written.</summary>
public sealed class IndexModel(TherapyGuideDbContext db, ReviewRule review) : PageModel
{
    public IReadOnlyList<ContentDraft> InReview { get; private set; } = [];

    public IReadOnlyList<ContentDraft> Approved { get; private set; } = [];

    public IReadOnlyList<ContentDraft> Drafts { get; private set; } = [];

    public ReviewApproval Approval => review.Settings.Approval;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var all = await db.ContentDrafts.AsNoTracking().ToListAsync(cancellationToken);
        InReview = all.Where(d => d.State == DraftState.InReview)
            .OrderByDescending(d => d.SafetyCritical).ThenBy(d => d.SubmittedUtc).ToList();
        Approved = all.Where(d => d.State == DraftState.Approved)
            .OrderBy(d => d.PublishAtUtc ?? DateTime.MaxValue).ThenBy(d => d.ApprovedUtc).ToList();
        Drafts = all.Where(d => d.State == DraftState.Draft).OrderByDescending(d => d.UpdatedUtc).ToList();
        ViewData.SetPageInfo(new PageInfo("Review", "Changes waiting for review, approval or publishing."));
    }
}
