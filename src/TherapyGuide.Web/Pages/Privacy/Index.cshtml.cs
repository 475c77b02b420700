using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using TherapyGuide.Web.Pages.Layout;

namespace TherapyGuide.Web.Pages.Privacy;

public sealed class IndexModel(IOptions<TherapyGuideOptions> options, IStringLocalizer<IndexModel> localizer) : PageModel
{
    public TherapyGuideOptions Settings { get; } = options.Value;

    public void OnGet() =>
        ViewData.SetPageInfo(new PageInfo(localizer["Your privacy"], localizer["What we keep when you send us feedback or share your experience, for how long, and how to ask us to remove it."]));
}
