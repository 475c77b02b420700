using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using TherapyGuide.Web.Content.Editing;
using TherapyGuide.Web.Data;

namespace TherapyGuide.Web.Accounts;

/// <summary>
/// Every change to an account that takes rights away — a role, a lock, a removal, a password — in one place, so each
/// one changes the security stamp (the person's very next request is checked against it), ends the sessions it should
/// on the server, and is written to the audit log. Each is one transaction: the user store saves as it goes, and the
/// audit entry is saved last, so a change is never left without its entry nor an entry without its change.
/// </summary>
public sealed class EditorAccounts(UserManager<IdentityUser> users, TherapyGuideDbContext db, EditorSignIn signIn, AuditLog audit)
{
    public async Task ChangeRoleAsync(IdentityUser user, string role, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await users.RemoveFromRolesAsync(user, await users.GetRolesAsync(user));
        await users.AddToRoleAsync(user, role);
        // No new security stamp (that would sign them out): each request to /admin reads the roles afresh, so their
        // sessions carry the new role from their very next request.
        audit.Add(actor, "user-role", user.Email, $"role {role}");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task LockAsync(IdentityUser user, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue);
        await users.UpdateSecurityStampAsync(user);
        await EndSessionsAsync(user.Id, cancellationToken);
        audit.Add(actor, "user-lock", user.Email, null);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task UnlockAsync(IdentityUser user, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        await signIn.ClearHoldsAsync(user.Email ?? "", cancellationToken);
        await users.UpdateSecurityStampAsync(user);
        audit.Add(actor, "user-unlock", user.Email, null);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task RemoveAsync(IdentityUser user, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // The store deletes the account's sessions with it.
        await users.DeleteAsync(user);
        audit.Add(actor, "user-remove", user.Email, null);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// The editor's own change: needs the current password, and ends every session of theirs, this one too, so that
    /// no copy of any of their cookies works afterwards; they sign in again with the new password.
    /// </summary>
    public async Task<IdentityResult> ChangeOwnPasswordAsync(
        IdentityUser user, string currentPassword, string newPassword, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var changed = await users.ChangePasswordAsync(user, currentPassword, newPassword);
        if (changed.Succeeded)
        {
            await EndSessionsAsync(user.Id, cancellationToken);
            audit.Add(user.Email ?? user.Id, "password-change", user.Email, "signed out everywhere");
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return changed;
    }

    /// <summary>
    /// An admin's forced reset: the old password stops working and every session ends at once. Returns a one-time token
    /// for the reset link the admin hands over (no e-mail is sent); it stops working once used, or after a day.
    /// </summary>
    public async Task<string> ForceResetAsync(IdentityUser user, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await users.HasPasswordAsync(user))
        {
            await users.RemovePasswordAsync(user);
        }

        await users.UpdateSecurityStampAsync(user);
        await EndSessionsAsync(user.Id, cancellationToken);
        audit.Add(actor, "password-reset-forced", user.Email, "old password removed; reset link made");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return await users.GeneratePasswordResetTokenAsync(user);
    }

    /// <summary>Sets a new password from a reset link's token; the token (bound to the security stamp) is then spent.</summary>
    public async Task<IdentityResult> CompleteResetAsync(IdentityUser user, string token, string newPassword, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var reset = await users.ResetPasswordAsync(user, token, newPassword);
        if (reset.Succeeded)
        {
            await EndSessionsAsync(user.Id, cancellationToken);
            audit.Add(user.Email ?? user.Id, "password-reset", user.Email, "new password set from a reset link");
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return reset;
    }

    /// <summary>The operator's <c>users set-password</c>: a new password, every session ended, timed lockouts lifted.</summary>
    public async Task<IdentityResult> SetPasswordAsync(IdentityUser user, string newPassword, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var reset = await users.ResetPasswordAsync(user, await users.GeneratePasswordResetTokenAsync(user), newPassword);
        if (!reset.Succeeded)
        {
            return reset;
        }

        await users.ResetAccessFailedCountAsync(user);
        if (user.LockoutEnd is { } end && end != DateTimeOffset.MaxValue)
        {
            await users.SetLockoutEndDateAsync(user, null);
        }

        await signIn.ClearHoldsAsync(user.Email ?? "", cancellationToken);
        await EndSessionsAsync(user.Id, cancellationToken);
        audit.Add(actor, "user-set-password", user.Email, "other sessions signed out");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return reset;
    }

    /// <summary>
    /// Deletes the sessions outright. The new security stamp would refuse them at their next request anyway; this also
    /// refuses them if the stamp check were ever relaxed.
    /// </summary>
    private Task<int> EndSessionsAsync(string userId, CancellationToken cancellationToken) =>
        db.SignInSessions.Where(s => s.UserId == userId).ExecuteDeleteAsync(cancellationToken);
}
