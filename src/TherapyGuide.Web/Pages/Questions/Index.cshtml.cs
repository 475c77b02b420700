using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using TherapyGuide.Web.Caching;
using TherapyGuide.Web.Content.Reading;
using TherapyGuide.Web.Pages.Layout;

namespace TherapyGuide.Web.Pages.Questions;

[OutputCache(PolicyName = PublicPagesCachePolicy.Name)]
public sealed class IndexModel(QuestionList questions) : PageModel
{
    public IReadOnlyList<QuestionGroup> Groups => questions.Groups;

    public void OnGet()
    {
        var reviewed = ReviewDates.Covering(Groups.Select(g => new ReviewDates(g.LastReviewed, g.NextReviewDue)));
        ViewData.SetPageInfo(new PageInfo(
            "Questions to ask your care team",
            "A printable checklist of questions to take to your appointment about immunotherapy or CAR-T cell therapy, with room to write the answers.",
            reviewed?.LastReviewed,
            reviewed?.NextReviewDue));
    }
}
