using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using TherapyGuide.Web.Content.Editing;
using TherapyGuide.Web.Hosting;
using TherapyGuide.Web.Pages.Layout;

namespace TherapyGuide.Web.Areas.Admin.Pages;

[EnableRateLimiting(TherapyGuideApplication.SignInRateLimit)]
public sealed class SignInModel(SignInManager<IdentityUser> signIn, AuditLog audit) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter your email address.")]
    [EmailAddress(ErrorMessage = "Enter an email address like name@example.org.")]
    [StringLength(256)]
    [Display(Name = "Email address")]
    public string Email { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "Enter your password.")]
    [StringLength(512)]
    [DataType(DataType.Password)]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet() => ViewData.SetPageInfo(new PageInfo("Sign in", "Sign in to edit TherapyGuide."));

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        ViewData.SetPageInfo(new PageInfo("Sign in", "Sign in to edit TherapyGuide."));
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(Email, Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            await audit.WriteAsync(Email, "sign-in", null, null, cancellationToken);
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) && ReturnUrl.StartsWith("/admin", StringComparison.OrdinalIgnoreCase) ? ReturnUrl : "/admin");
        }

        await audit.WriteAsync(Email, result.IsLockedOut ? "sign-in-locked-out" : "sign-in-failed", null, null, cancellationToken);
        ModelState.AddModelError(
            string.Empty,
            result.IsLockedOut
                ? "This account is locked for 15 minutes after too many wrong passwords. Try again later, or ask an admin."
                : "The email address or password is not right. Check them and try again.");
        Password = "";
        return Page();
    }
}
