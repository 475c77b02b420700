using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TherapyGuide.Web.Content.Links;

namespace TherapyGuide.Web.Areas.Admin.Pages.Links;

/// <summary>The dashboard's "Check links now": checks every link while the editor waits, then shows the dashboard's list.</summary>
public sealed class CheckModel(LinkChecker checker) : PageModel
{
    public IActionResult OnGet() => Redirect("/admin#links-heading");

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await checker.CheckAsync(cancellationToken);
        return Redirect("/admin#links-heading");
    }
}
