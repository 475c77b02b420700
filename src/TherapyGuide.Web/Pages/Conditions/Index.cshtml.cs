using Microsoft.AspNetCore.Mvc.RazorPages;
using TherapyGuide.Web.Content;
using TherapyGuide.Web.Content.Reading;
using TherapyGuide.Web.Hosting;
using TherapyGuide.Web.Pages.Layout;

namespace TherapyGuide.Web.Pages.Conditions;

[CachedUntilChanged(CacheTags.Conditions)]
public sealed class IndexModel(PublicContent content) : PageModel
{
    public IReadOnlyList<ConditionRow> Conditions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Conditions = await content.ConditionsAsync(cancellationToken);
        ViewData.SetPageInfo(new PageInfo(
            "Which illnesses each treatment is used for",
            "Which cancers immunotherapy and CAR-T cell therapy treat today, and which autoimmune diseases CAR-T is being studied for.",
            await content.LastChangedAsync(ContentKind.Condition, cancellationToken),
            "Last updated"));
    }
}
