using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;
using TherapyGuide.Web.Caching;
using TherapyGuide.Web.Content;
using TherapyGuide.Web.Content.Reading;
using TherapyGuide.Web.Pages.Layout;

namespace TherapyGuide.Web.Pages.SideEffects;

[OutputCache(PolicyName = PublicPagesCachePolicy.Name, Tags = [CacheTags.SideEffects, CacheTags.UrgentHelp])]
public sealed class IndexModel(PublicContent content, IStringLocalizer<IndexModel> localizer) : PageModel
{
    public IReadOnlyList<SideEffectCard> Effects { get; private set; } = [];

    public UrgentHelpView? UrgentHelp { get; private set; }

    /// <summary>What readers notice, each pointing at its card: CAR-T first, the most urgent first within each.</summary>
    public IReadOnlyList<SignLink> Signs { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Effects = await content.SideEffectsAsync(cancellationToken);
        UrgentHelp = await content.UrgentHelpAsync(cancellationToken);
        Signs = Effects
            .SelectMany(e => (e.Signs.Count > 0 ? e.Signs : [e.Heading]).Select(sign => new SignLink(sign, e.Slug, e.Therapy, e.Urgency)))
            .OrderBy(s => s.Therapy == Therapy.CarT ? 0 : 1).ThenByDescending(s => s.Urgency)
            .ToList();
        // The urgent-help block is part of the page, so its review counts too.
        var reviewed = ReviewDates.Covering(
        [
            await content.ReviewDatesAsync(ContentKind.SideEffect, cancellationToken),
            await content.ReviewDatesAsync(ContentKind.UrgentHelp, cancellationToken),
        ]);
        ViewData.SetPageInfo(new PageInfo(
            localizer["Side effects and when to get help"],
            localizer["Side effects of immunotherapy and CAR-T cell therapy: what they feel like, when they happen, how they are managed and how urgent they are."],
            reviewed?.LastReviewed,
            reviewed?.NextReviewDue));
    }

    public sealed record SignLink(string Text, string Slug, Therapy Therapy, Urgency Urgency);
}
