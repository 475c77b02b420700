using Microsoft.AspNetCore.Mvc.RazorPages;
using TherapyGuide.Web.Pages.Layout;

namespace TherapyGuide.Web.Areas.Admin.Pages;

public sealed class DeniedModel : PageModel
{
    public void OnGet()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        ViewData.SetPageInfo(new PageInfo("Admins only", "This page is for admins."));
    }
}
