using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TherapyGuide.Web.Accounts;
using TherapyGuide.Web.Pages.Layout;
using TherapyGuide.Web.Publishing;

namespace TherapyGuide.Web.Areas.Admin.Pages.Users;

/// <summary>
/// Admins change roles, lock and unlock, reset passwords and remove editors; each applies to the person's next request.
/// Accounts are created from the command line.
/// </summary>
public sealed class IndexModel(
    UserManager<IdentityUser> users, SignInManager<IdentityUser> signIn, EditorAccounts accounts, PublicAddress address, TimeProvider clock) : PageModel
{
    public IReadOnlyList<Row> Accounts { get; private set; } = [];

    public string? Message { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostRoleAsync(string id, string role, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(id);
        var roleName = Roles.All.FirstOrDefault(r => r == role);
        if (user is null || roleName is null)
        {
            return NotFound();
        }

        if (roleName != Roles.Admin && await IsLastAdminAsync(user))
        {
            return await RefuseAsync("There must always be at least one admin.");
        }

        await accounts.ChangeRoleAsync(user, roleName, Actor, cancellationToken);
        return await DoneAsync(user);
    }

    public async Task<IActionResult> OnPostLockAsync(string id, bool locked, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        if (locked && user.UserName == User.Identity?.Name)
        {
            return await RefuseAsync("You cannot lock your own account.");
        }

        if (locked)
        {
            await accounts.LockAsync(user, Actor, cancellationToken);
        }
        else
        {
            await accounts.UnlockAsync(user, Actor, cancellationToken);
        }

        return await DoneAsync(user);
    }

    public async Task<IActionResult> OnPostRemoveAsync(string id, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        if (user.UserName == User.Identity?.Name || await IsLastAdminAsync(user))
        {
            return await RefuseAsync("You cannot remove your own account or the last admin.");
        }

        await accounts.RemoveAsync(user, Actor, cancellationToken);
        return RedirectToPage();
    }

    /// <summary>
    /// Ends the person's sessions, removes their password and shows the admin a one-time link to set a new one, to hand
    /// over in person or by phone (the site sends no e-mail). Shown once: the page is not stored anywhere.
    /// </summary>
    public async Task<IActionResult> OnPostResetAsync(string id, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        if (user.UserName == User.Identity?.Name)
        {
            return await RefuseAsync("Change your own password on the Your account page.");
        }

        var token = await accounts.ForceResetAsync(user, Actor, cancellationToken);
        ResetLink = new ResetLinkView(
            user.Email ?? user.Id,
            address.For(Request, $"/admin/reset-password?id={Uri.EscapeDataString(user.Id)}&token={Uri.EscapeDataString(token)}"));
        await LoadAsync();
        return Page();
    }

    /// <summary>The one-time link made by <see cref="OnPostResetAsync"/>, shown to the admin once.</summary>
    public ResetLinkView? ResetLink { get; private set; }

    /// <summary>
    /// Back to the list. A change to the admin's own account gave it a new security stamp, which would end this very
    /// session at the next request: sign in again here with the new one.
    /// </summary>
    private async Task<IActionResult> DoneAsync(IdentityUser changed)
    {
        if (changed.Id == users.GetUserId(User))
        {
            await signIn.RefreshSignInAsync(changed);
        }

        return RedirectToPage();
    }

    private string Actor => User.Identity?.Name ?? "unknown";

    private async Task<bool> IsLastAdminAsync(IdentityUser user) =>
        await users.IsInRoleAsync(user, Roles.Admin) && (await users.GetUsersInRoleAsync(Roles.Admin)).Count <= 1;

    private async Task<IActionResult> RefuseAsync(string message)
    {
        Message = message;
        await LoadAsync();
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    private async Task LoadAsync()
    {
        var now = clock.GetUtcNow();
        var rows = new List<Row>();
        foreach (var user in await users.Users.OrderBy(u => u.Email).ToListAsync())
        {
            var roles = await users.GetRolesAsync(user);
            rows.Add(new Row(user.Id, user.Email ?? user.UserName ?? user.Id, roles.FirstOrDefault() ?? "none", user.LockoutEnd > now, user.PasswordHash is null));
        }

        Accounts = rows;
        ViewData.SetPageInfo(new PageInfo("Editors", "Manage editors' accounts."));
    }

    public sealed record ResetLinkView(string Email, string Address);

    /// <param name="Id">The account's id.</param>
    /// <param name="Email">Its email, which is also its user name.</param>
    /// <param name="Role">Editor, Reviewer or Admin.</param>
    /// <param name="LockedOut">Locked by an admin, or for a while after many wrong passwords.</param>
    /// <param name="AwaitingNewPassword">An admin reset the password and the person has not yet set a new one.</param>
    public sealed record Row(string Id, string Email, string Role, bool LockedOut, bool AwaitingNewPassword);
}
