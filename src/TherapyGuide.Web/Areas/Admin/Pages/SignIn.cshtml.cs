using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using TherapyGuide.Web.Accounts;
using TherapyGuide.Web.Hosting;
using TherapyGuide.Web.Pages.Layout;

namespace TherapyGuide.Web.Areas.Admin.Pages;

[EnableRateLimiting(TherapyGuideApplication.SignInRateLimit)]
public sealed class SignInModel(EditorSignIn signIn, IOptions<TherapyGuideOptions> options) : PageModel
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

    /// <summary>The one answer to every refused sign-in.</summary>
    public static string NotSignedIn(TimeSpan holdBack) =>
        "We could not sign you in. Check your email address and password and try again. After several wrong tries, "
        + $"signing in from this device is paused for {holdBack.TotalMinutes:0} minutes; an admin can unlock your account sooner.";

    /// <summary>Set when the person arrives from setting a new password with a reset link.</summary>
    [BindProperty(SupportsGet = true)]
    public bool PasswordSet { get; set; }

    public void OnGet() => ViewData.SetPageInfo(new PageInfo("Sign in", "Sign in to edit TherapyGuide."));

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        ViewData.SetPageInfo(new PageInfo("Sign in", "Sign in to edit TherapyGuide."));
        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (await signIn.SignInAsync(Email, Password, HttpContext, cancellationToken))
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) && ReturnUrl.StartsWith("/admin", StringComparison.OrdinalIgnoreCase) ? ReturnUrl : "/admin");
        }

        // One answer for every refusal (unknown account, wrong password, locked account, this address held back), so
        // that nobody can learn from it whether an account exists or is locked.
        ModelState.AddModelError(string.Empty, NotSignedIn(options.Value.SignIn.HoldBack));
        Password = "";
        return Page();
    }
}
