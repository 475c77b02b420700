using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using TherapyGuide.Web.Caching;
using TherapyGuide.Web.Content;
using TherapyGuide.Web.Content.Reading;
using TherapyGuide.Web.Pages.Layout;

namespace TherapyGuide.Web.Pages.Glossary;

[OutputCache(PolicyName = PublicPagesCachePolicy.Name, Tags = [CacheTags.Glossary])]
public sealed class IndexModel(PublicContent content) : PageModel
{
    public IReadOnlyList<GlossaryEntry> Terms { get; private set; } = [];

    public IEnumerable<char> Letters => Terms.Select(t => char.ToUpperInvariant(t.Term.FirstOrDefault(char.IsLetterOrDigit))).Distinct();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Terms = await content.GlossaryAsync(cancellationToken);
        var reviewed = await content.ReviewDatesAsync(ContentKind.Glossary, cancellationToken);
        ViewData.SetPageInfo(new PageInfo(
            "Glossary: medical words explained",
            "Plain-language meanings of the medical words used about immunotherapy, CAR-T cell therapy and autoimmune disease.",
            reviewed?.LastReviewed,
            reviewed?.NextReviewDue));
    }
}
