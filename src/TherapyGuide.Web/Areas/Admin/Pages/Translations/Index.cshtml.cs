using Microsoft.AspNetCore.Mvc.RazorPages;
using TherapyGuide.Web.Areas.Admin.Translations;
using TherapyGuide.Web.Content.Kinds;
using TherapyGuide.Web.Languages;
using TherapyGuide.Web.Pages.Layout;

namespace TherapyGuide.Web.Areas.Admin.Pages.Translations;

/// <summary>
/// Every English item of every kind with its Spanish state: not translated, up to date, or behind, with what changed
/// in the English since the version translated, and links to edit or create the translation.
/// </summary>
public sealed class IndexModel(TranslationStates states) : PageModel
{
    public SiteLanguage Language => SiteLanguage.Spanish;

    public IReadOnlyList<TranslationRow> Rows { get; private set; } = [];

    public IEnumerable<IGrouping<ContentKindDescriptor, TranslationRow>> ByKind =>
        Rows.GroupBy(r => ContentKindRegistry.For(r.Kind));

    public int Behind => Rows.Count(r => r.State == TranslationState.Behind);

    public int Missing => Rows.Count(r => r.State == TranslationState.Missing);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Rows = await states.ListAsync(Language, withChanges: true, cancellationToken);
        ViewData.SetPageInfo(new PageInfo("Translations", "Which items are translated into Spanish, and which translations are behind the English."));
    }
}
