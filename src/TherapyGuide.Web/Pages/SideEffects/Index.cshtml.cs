using Microsoft.AspNetCore.Mvc.RazorPages;
using TherapyGuide.Web.Content;
using TherapyGuide.Web.Content.Reading;
using TherapyGuide.Web.Hosting;
using TherapyGuide.Web.Pages.Layout;

namespace TherapyGuide.Web.Pages.SideEffects;

[CachedUntilChanged(CacheTags.SideEffects)]
public sealed class IndexModel(PublicContent content) : PageModel
{
    public IReadOnlyList<SideEffectCard> Effects { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Effects = await content.SideEffectsAsync(cancellationToken);
        ViewData.SetPageInfo(new PageInfo(
            "Side effects and when to get help",
            "Side effects of immunotherapy and CAR-T cell therapy: what they feel like, when they happen, how they are managed and how urgent they are.",
            await content.LastChangedAsync(ContentKind.SideEffect, cancellationToken),
            "Last updated"));
    }
}
