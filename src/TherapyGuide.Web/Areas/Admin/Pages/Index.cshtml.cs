using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TherapyGuide.Web.Accounts;
using TherapyGuide.Web.Content;
using TherapyGuide.Web.Content.Editing;
using TherapyGuide.Web.Content.Files;
using TherapyGuide.Web.Content.Review;
using TherapyGuide.Web.Data;
using TherapyGuide.Web.Impact;
using TherapyGuide.Web.Pages.Layout;

namespace TherapyGuide.Web.Areas.Admin.Pages;

public sealed class IndexModel(
    TherapyGuideDbContext db, TimeProvider clock, ContentFileVersions fileVersions, ContentItems items, ReviewRule review, ImpactReport impact,
    Admin.Translations.TranslationStates translations) : PageModel
{
    /// <summary>How far ahead the dashboard warns about review dates.</summary>
    public static readonly int ReviewWarningDays = 30;

    public IReadOnlyList<ArticleRow> Drafts { get; private set; } = [];

    /// <summary>Items of every kind past, or within <see cref="ReviewWarningDays"/> days of, their next review.</summary>
    public IReadOnlyList<ReviewDueRow> ReviewDue { get; private set; } = [];

    /// <summary>Drafts by state, for the review section.</summary>
    public IReadOnlyList<ContentDraft> InReview { get; private set; } = [];

    public IReadOnlyList<ContentDraft> Approved { get; private set; } = [];

    public ReviewApproval Approval => review.Settings.Approval;

    public int MinorChangeCharacters => review.Settings.MinorChangeCharacters;

    public IReadOnlyList<Revision> RecentChanges { get; private set; } = [];

    public DateOnly Today { get; private set; }

    /// <summary>Items editors changed whose content files have a newer version, waiting for an answer.</summary>
    public IReadOnlyList<NewerFileVersion> NewerInFiles { get; private set; } = [];

    /// <summary>Shared experiences waiting for a decision.</summary>
    public int ExperiencesWaiting { get; private set; }

    /// <summary>"Was this page helpful?" answers in the last <see cref="FeedbackDays"/> days, and how many said no.</summary>
    public (int Answers, int No) RecentFeedback { get; private set; }

    public static readonly int FeedbackDays = 30;

    /// <summary>Views and "helpful" answers across the site in the last <see cref="FeedbackDays"/> days, for the small chart.</summary>
    public ImpactDays Impact { get; private set; } = null!;

    /// <summary>How many shown at most of the translations behind the English; the translations page has them all.</summary>
    public static readonly int BehindShown = 5;

    /// <summary>Spanish translations that are behind their English, and English items with none.</summary>
    public IReadOnlyList<Admin.Translations.TranslationRow> TranslationsBehind { get; private set; } = [];

    public int TranslationsMissing { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var horizon = Today.AddDays(ReviewWarningDays);
        Drafts = await db.Articles.AsNoTracking()
            .Where(a => a.Status == ArticleStatus.Draft)
            .OrderByDescending(a => a.UpdatedUtc)
            .Select(a => new ArticleRow(a.Id, a.Title, a.Slug, a.NextReviewDue, a.UpdatedUtc))
            .ToListAsync(cancellationToken);
        ReviewDue = await items.DueForReviewAsync(horizon, cancellationToken);
        var translationRows = await translations.ListAsync(Languages.SiteLanguage.Spanish, withChanges: false, cancellationToken);
        TranslationsBehind = [.. translationRows.Where(r => r.State == Admin.Translations.TranslationState.Behind)];
        TranslationsMissing = translationRows.Count(r => r.State == Admin.Translations.TranslationState.Missing);
        var drafts = await db.ContentDrafts.AsNoTracking().Where(d => d.State != DraftState.Draft).ToListAsync(cancellationToken);
        InReview = drafts.Where(d => d.State == DraftState.InReview).OrderByDescending(d => d.SafetyCritical).ThenBy(d => d.SubmittedUtc).ToList();
        Approved = drafts.Where(d => d.State == DraftState.Approved).OrderBy(d => d.PublishAtUtc ?? DateTime.MaxValue).ToList();
        RecentChanges = await db.Revisions.AsNoTracking()
            .OrderByDescending(r => r.CreatedUtc).ThenByDescending(r => r.Id)
            .Take(15)
            .ToListAsync(cancellationToken);
        NewerInFiles = await fileVersions.ListAsync(cancellationToken);
        ExperiencesWaiting = await db.SharedExperiences.CountAsync(e => e.Status == ExperienceStatus.Pending, cancellationToken);
        var since = clock.GetUtcNow().UtcDateTime.AddDays(-FeedbackDays);
        var recent = await db.PageFeedback.Where(f => f.CreatedUtc >= since)
            .GroupBy(_ => 1)
            .Select(g => new { Answers = g.Count(), No = g.Count(f => !f.Helpful) })
            .SingleOrDefaultAsync(cancellationToken);
        RecentFeedback = (recent?.Answers ?? 0, recent?.No ?? 0);
        Impact = await impact.LoadAsync(ImpactRange.Last(FeedbackDays, clock), path: null, cancellationToken);
        FailedSignInsBeforeThisOne = await FailedSignInsAsync(cancellationToken);
        ViewData.SetPageInfo(new PageInfo("Dashboard", "What needs doing."));
    }

    /// <summary>
    /// Refused sign-ins to this editor's account between their previous sign-in and this one: the sign-in page says
    /// nothing about them (so an outsider learns nothing), so the person learns it here once they are in.
    /// </summary>
    public int FailedSignInsBeforeThisOne { get; private set; }

    private async Task<int> FailedSignInsAsync(CancellationToken cancellationToken)
    {
        var me = User.Identity?.Name;
        var signIns = await db.AuditEntries.AsNoTracking()
            .Where(e => e.Actor == me && e.Action == "sign-in")
            .OrderByDescending(e => e.AtUtc).Select(e => e.AtUtc).Take(2)
            .ToListAsync(cancellationToken);
        if (signIns.Count == 0)
        {
            return 0;
        }

        var current = signIns[0];
        var previous = signIns.Count > 1 ? signIns[1] : DateTime.MinValue;
        var refusals = EditorSignIn.RefusedActions;
        return await db.AuditEntries.CountAsync(
            e => e.Actor == me && refusals.Contains(e.Action) && e.AtUtc > previous && e.AtUtc <= current, cancellationToken);
    }

    public sealed record ArticleRow(int Id, string Title, string Slug, DateOnly NextReviewDue, DateTime UpdatedUtc);
}
