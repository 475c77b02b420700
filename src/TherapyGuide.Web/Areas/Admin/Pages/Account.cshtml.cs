using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using TherapyGuide.Web.Accounts;
using TherapyGuide.Web.Hosting;
using TherapyGuide.Web.Pages.Layout;

namespace TherapyGuide.Web.Areas.Admin.Pages;

/// <summary>An editor's own account: who they are, and a new password (which signs them out everywhere, to sign in again).</summary>
[EnableRateLimiting(TherapyGuideApplication.SignInRateLimit)]
public sealed class AccountModel(UserManager<IdentityUser> users, SignInManager<IdentityUser> signIn, EditorAccounts accounts) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter your current password.")]
    [StringLength(512)]
    [DataType(DataType.Password)]
    [Display(Name = "Current password")]
    public string CurrentPassword { get; set; } = "";

    [BindProperty]
    public NewPasswordForm Form { get; set; } = new();

    public string Email { get; private set; } = "";

    public string Role { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() is null ? Challenge() : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var user = await LoadAsync();
        if (user is null)
        {
            return Challenge();
        }

        if (ModelState.IsValid)
        {
            var result = await accounts.ChangeOwnPasswordAsync(user, CurrentPassword, Form.NewPassword, cancellationToken);
            if (result.Succeeded)
            {
                // Every session is gone, this one too (a copy of this cookie must not outlive the old password).
                await signIn.SignOutAsync();
                return Redirect("/admin/signin?passwordSet=true");
            }

            if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch)))
            {
                ModelState.AddModelError(nameof(CurrentPassword), "Your current password is not right. Type it again.");
            }
            else
            {
                NewPasswordForm.AddErrors(ModelState, nameof(Form), result);
            }
        }

        CurrentPassword = "";
        Form = new();
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<IdentityUser?> LoadAsync()
    {
        ViewData.SetPageInfo(new PageInfo("Your account", "Change your password."));
        var user = await users.GetUserAsync(User);
        if (user is not null)
        {
            Email = user.Email ?? user.UserName ?? "";
            Role = (await users.GetRolesAsync(user)).FirstOrDefault() ?? "none";
        }

        return user;
    }
}
