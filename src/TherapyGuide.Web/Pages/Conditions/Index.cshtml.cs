using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;
using TherapyGuide.Web.Caching;
using TherapyGuide.Web.Content;
using TherapyGuide.Web.Content.Reading;
using TherapyGuide.Web.Pages.Layout;

namespace TherapyGuide.Web.Pages.Conditions;

// The summaries and notes explain their medical words with the glossary's definitions, so a glossary change clears this page too.
[OutputCache(PolicyName = PublicPagesCachePolicy.Name, Tags = [CacheTags.Conditions, CacheTags.Glossary])]
public sealed class IndexModel(PublicContent content, LinkedArticles linked, ContentVersion contentVersion, IStringLocalizer<IndexModel> localizer) : PageModel
{
    public IReadOnlyList<ConditionRow> Conditions { get; private set; } = [];

    public MarkedText Text { get; private set; } = MarkedText.None;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var version = contentVersion.ETag; // before reading, so nothing older is ever kept as this version
        Conditions = await content.ConditionsAsync(cancellationToken);
        // Marked once per content version and kept, like the articles: never per request. The illness's name is the
        // row's heading and stays unmarked; its summary and notes are marked, in the order the page shows them.
        Text = await linked.GetPageTextAsync(
            version,
            "conditions", // kept per language by LinkedArticles
            () => Conditions.SelectMany(c => new[]
            {
                (MarkedText.Key(c.Slug, nameof(c.Summary)), HtmlEncoder.Default.Encode(c.Summary)),
                (MarkedText.Key(c.Slug, nameof(c.ImmunotherapyNote)), PlainText.Html(c.ImmunotherapyNote)),
                (MarkedText.Key(c.Slug, nameof(c.CarTNote)), PlainText.Html(c.CarTNote)),
            }).ToList(),
            () => content.GlossaryAsync(cancellationToken));
        var reviewed = await content.ReviewDatesAsync(ContentKind.Condition, cancellationToken);
        ViewData.SetPageInfo(new PageInfo(
            localizer["Which illnesses each treatment is used for"],
            localizer["Which cancers immunotherapy and CAR-T cell therapy treat today, and which autoimmune diseases CAR-T is being studied for."],
            reviewed?.LastReviewed,
            reviewed?.NextReviewDue));
    }
}
