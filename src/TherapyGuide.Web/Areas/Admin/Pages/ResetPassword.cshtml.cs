using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using TherapyGuide.Web.Accounts;
using TherapyGuide.Web.Hosting;
using TherapyGuide.Web.Pages.Layout;

namespace TherapyGuide.Web.Areas.Admin.Pages;

/// <summary>
/// Where a reset link made by an admin leads: the person chooses a new password. The token is bound to the account's
/// security stamp, so it works once, and not after any later change to the account.
/// </summary>
[EnableRateLimiting(TherapyGuideApplication.SignInRateLimit)]
public sealed class ResetPasswordModel(UserManager<IdentityUser> users, EditorAccounts accounts) : PageModel
{
    public const string LinkNotValid =
        "This reset link does not work: it was already used, is more than a day old, or was copied incompletely. Ask an admin for a new one.";

    [BindProperty(SupportsGet = true)]
    public string? Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public NewPasswordForm Form { get; set; } = new();

    public bool LinkWorks { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        SetPageInfo();
        LinkWorks = await FindAsync() is { } user
            && await users.VerifyUserTokenAsync(user, users.Options.Tokens.PasswordResetTokenProvider, UserManager<IdentityUser>.ResetPasswordTokenPurpose, Token!);
        return LinkWorks ? Page() : Refuse();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        SetPageInfo();
        var user = await FindAsync();
        if (user is null)
        {
            return Refuse();
        }

        LinkWorks = true;
        if (!ModelState.IsValid)
        {
            return Invalid();
        }

        var result = await accounts.CompleteResetAsync(user, Token!, Form.NewPassword, cancellationToken);
        if (result.Succeeded)
        {
            return Redirect("/admin/signin?passwordSet=true");
        }

        if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken)))
        {
            return Refuse();
        }

        NewPasswordForm.AddErrors(ModelState, nameof(Form), result);
        return Invalid();
    }

    private async Task<IdentityUser?> FindAsync() =>
        string.IsNullOrEmpty(Id) || string.IsNullOrEmpty(Token) || Id.Length > 450 || Token.Length > 2000 ? null : await users.FindByIdAsync(Id);

    private PageResult Invalid()
    {
        Form = new();
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    /// <summary>The same answer for an unknown account, a spent token and a damaged link.</summary>
    private PageResult Refuse()
    {
        LinkWorks = false;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private void SetPageInfo() => ViewData.SetPageInfo(new PageInfo("Set a new password", "Choose a new password for TherapyGuide."));
}
