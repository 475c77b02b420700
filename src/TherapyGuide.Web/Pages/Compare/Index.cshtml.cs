using Microsoft.AspNetCore.Mvc.RazorPages;
using TherapyGuide.Web.Content;
using TherapyGuide.Web.Content.Reading;
using TherapyGuide.Web.Hosting;
using TherapyGuide.Web.Pages.Layout;

namespace TherapyGuide.Web.Pages.Compare;

[CachedUntilChanged(CacheTags.Comparison)]
public sealed class IndexModel(PublicContent content) : PageModel
{
    public IReadOnlyList<ComparisonRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Rows = await content.ComparisonAsync(cancellationToken);
        ViewData.SetPageInfo(new PageInfo(
            "Immunotherapy and CAR-T side by side",
            "A side-by-side table of immunotherapy and CAR-T cell therapy: how each works, how it is given, hospital stay, recovery and side effects.",
            await content.LastChangedAsync(ContentKind.Comparison, cancellationToken),
            "Last updated"));
    }
}
