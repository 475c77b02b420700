using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TherapyGuide.Web.Accounts;
using TherapyGuide.Web.Content.Editing;
using TherapyGuide.Web.Pages.Layout;

namespace TherapyGuide.Web.Areas.Admin.Pages.Users;

/// <summary>Admins change roles, lock and unlock, and remove editors. Accounts are created from the command line.</summary>
public sealed class IndexModel(UserManager<IdentityUser> users, AuditLog audit, TimeProvider clock) : PageModel
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

        await users.RemoveFromRolesAsync(user, await users.GetRolesAsync(user));
        await users.AddToRoleAsync(user, roleName);
        await users.UpdateSecurityStampAsync(user); // the new role applies at once, not at their next sign-in
        await audit.WriteAsync(Actor, "user-role", user.Email, $"role {roleName}", cancellationToken);
        return RedirectToPage();
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

        await users.SetLockoutEndDateAsync(user, locked ? DateTimeOffset.MaxValue : null);
        if (!locked)
        {
            await users.ResetAccessFailedCountAsync(user);
        }

        await users.UpdateSecurityStampAsync(user);
        await audit.WriteAsync(Actor, locked ? "user-lock" : "user-unlock", user.Email, null, cancellationToken);
        return RedirectToPage();
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

        await users.DeleteAsync(user);
        await audit.WriteAsync(Actor, "user-remove", user.Email, null, cancellationToken);
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
            rows.Add(new Row(user.Id, user.Email ?? user.UserName ?? user.Id, roles.FirstOrDefault() ?? "none", user.LockoutEnd > now));
        }

        Accounts = rows;
        ViewData.SetPageInfo(new PageInfo("Editors", "Manage editors' accounts."));
    }

    public sealed record Row(string Id, string Email, string Role, bool LockedOut);
}
