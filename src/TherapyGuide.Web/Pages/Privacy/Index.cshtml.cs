using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using TherapyGuide.Web.Pages.Layout;

namespace TherapyGuide.Web.Pages.Privacy;

public sealed class IndexModel(IOptions<TherapyGuideOptions> options) : PageModel
{
    public TherapyGuideOptions Settings { get; } = options.Value;

    public void OnGet() =>
        ViewData.SetPageInfo(new PageInfo("Your privacy", "What we keep when you send us feedback or share your experience, for how long, and how to ask us to remove it."));
}
