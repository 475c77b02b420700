using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TherapyGuide.Web.Content.Editing;
using TherapyGuide.Web.Data;

namespace TherapyGuide.Web.Areas.Admin.Pages;

/// <summary>Sign-out is a POST with an antiforgery token, so no link elsewhere can sign an editor out.</summary>
public sealed class SignOutModel(SignInManager<IdentityUser> signIn, AuditLog audit, TherapyGuideDbContext db) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Index", new { area = "Admin" });

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var who = User.Identity?.Name ?? "unknown";
        await signIn.SignOutAsync();
        audit.Add(who, "sign-out", null, null);
        await db.SaveChangesAsync(cancellationToken);
        return Redirect("/admin/signin");
    }
}
