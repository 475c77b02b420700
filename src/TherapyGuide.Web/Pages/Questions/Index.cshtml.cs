using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;
using TherapyGuide.Web.Caching;
using TherapyGuide.Web.Content;
using TherapyGuide.Web.Content.Reading;
using TherapyGuide.Web.Pages.Layout;

namespace TherapyGuide.Web.Pages.Questions;

[OutputCache(PolicyName = PublicPagesCachePolicy.Name, Tags = [CacheTags.Questions])]
public sealed class IndexModel(PublicContent content, IStringLocalizer<IndexModel> localizer) : PageModel
{
    public IReadOnlyList<QuestionGroupView> Groups { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Groups = await content.QuestionGroupsAsync(cancellationToken);
        var reviewed = await content.ReviewDatesAsync(ContentKind.QuestionGroup, cancellationToken);
        ViewData.SetPageInfo(new PageInfo(
            localizer["Questions to ask your care team"],
            localizer["A printable checklist of questions to take to your appointment about immunotherapy or CAR-T cell therapy, with room to write the answers."],
            reviewed?.LastReviewed,
            reviewed?.NextReviewDue));
    }
}
