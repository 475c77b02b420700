using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TherapyGuide.Web.Content.Editing;
using TherapyGuide.Web.Data;
using TherapyGuide.Web.Protection;

namespace TherapyGuide.Web.Accounts;

/// <summary>
/// Signs editors in so that an outsider learns nothing: an unknown account, a wrong password, a locked account and an
/// address held back all cost the same password check and get the same answer. Only the audit log (and, after a
/// later sign-in, the editor's dashboard) tells which it was.
/// </summary>
public sealed class EditorSignIn(
    UserManager<IdentityUser> users,
    SignInManager<IdentityUser> signIn,
    IPasswordHasher<IdentityUser> hasher,
    TherapyGuideDbContext db,
    AuditLog audit,
    TimeProvider clock,
    IOptions<TherapyGuideOptions> options)
{
    /// <summary>A hash of a password nobody knows, checked when there is no real one, so that both take as long.</summary>
    private static readonly Lazy<string> _standIn = new(() =>
        new PasswordHasher<IdentityUser>().HashPassword(new IdentityUser(), Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))));

    /// <summary>The audit actions of a refused sign-in, which the dashboard counts for the editor afterwards.</summary>
    public static readonly IReadOnlyList<string> RefusedActions = [Failed, LockedOut, Held];

    private const string Failed = "sign-in-failed";
    private const string LockedOut = "sign-in-locked-out";
    private const string Held = "sign-in-held";

    private SignInLimitOptions Limits => options.Value.SignIn;

    /// <summary>Signs the person in and returns true, or returns false for every kind of refusal alike.</summary>
    public async Task<bool> SignInAsync(string email, string password, HttpContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var now = clock.GetUtcNow().UtcDateTime;
        var account = Hash(users.NormalizeEmail(email) ?? "");
        var throttleId = Hash($"{account}\n{ClientAddress.RateLimitKey(context)}");
        var throttle = await db.SignInThrottles.AsNoTracking().SingleOrDefaultAsync(t => t.Id == throttleId, cancellationToken);
        var user = await users.FindByEmailAsync(email);

        // The same password work whether or not there is an account, or a password to check.
        bool passwordRight;
        if (user?.PasswordHash is not null)
        {
            passwordRight = await users.CheckPasswordAsync(user, password);
        }
        else
        {
            hasher.VerifyHashedPassword(user ?? new IdentityUser(), _standIn.Value, password);
            passwordRight = false;
        }

        var held = throttle?.HeldUntilUtc > now;
        var locked = user is not null && await users.IsLockedOutAsync(user);
        if (user is not null && passwordRight && !held && !locked)
        {
            if (throttle is not null)
            {
                await db.SignInThrottles.Where(t => t.Id == throttleId).ExecuteDeleteAsync(cancellationToken);
            }

            await users.ResetAccessFailedCountAsync(user);
            await signIn.SignInAsync(user, isPersistent: false);
            audit.Add(user.Email ?? email, "sign-in", null, null);
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }

        if (!passwordRight)
        {
            await CountFailureAsync(throttleId, account, now, cancellationToken);
            if (user is not null && !locked && !(await users.AccessFailedAsync(user)).Succeeded)
            {
                // Identity's own lockout, at the much higher per-account ceiling (see AddAccounts). Another attempt
                // saved the account first (its concurrency stamp changed): take the saved one, so nothing else here
                // tries to save this stale copy.
                await db.Entry(user).ReloadAsync(cancellationToken);
            }
        }

        var (action, details) = (user, passwordRight, held, locked) switch
        {
            (null, _, _, _) => (Failed, "no account with this email"),
            (_, _, _, true) => (LockedOut, "the account is locked"),
            (_, _, true, _) => (Held, "too many wrong passwords from this address; held back"),
            _ => (Failed, "wrong password"),
        };
        audit.Add(user?.Email ?? email, action, null, details);
        await db.SaveChangesAsync(cancellationToken);
        return false;
    }

    /// <summary>Clears every hold on an account, from any address (an admin's unlock).</summary>
    public async Task ClearHoldsAsync(string email, CancellationToken cancellationToken)
    {
        var account = Hash(users.NormalizeEmail(email) ?? "");
        await db.SignInThrottles.Where(t => t.Account == account).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>
    /// Counts a wrong password for this account from this address, and holds the address back at the limit. Counted
    /// in the database (an increment, not a read and a write), so attempts sent all at once are each counted.
    /// </summary>
    private async Task CountFailureAsync(string id, string account, DateTime now, CancellationToken cancellationToken)
    {
        // A window that has run out with no hold in force starts again; other pairs' old rows go with it.
        var windowStart = now - Limits.HoldBack;
        await db.SignInThrottles.Where(t => t.FirstFailureUtc < windowStart && !(t.HeldUntilUtc > now)).ExecuteDeleteAsync(cancellationToken);
        for (var attempt = 0; ; attempt++)
        {
            var counted = await db.SignInThrottles.Where(t => t.Id == id)
                .ExecuteUpdateAsync(set => set.SetProperty(t => t.Failures, t => t.Failures + 1), cancellationToken);
            if (counted > 0)
            {
                break;
            }

            var first = db.SignInThrottles.Add(new SignInThrottle { Id = id, Account = account, FirstFailureUtc = now, Failures = 1 });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                break;
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // Another attempt added the row first: count on it instead.
                first.State = EntityState.Detached;
            }
        }

        var heldUntil = now + Limits.HoldBack;
        await db.SignInThrottles.Where(t => t.Id == id && t.Failures >= Limits.FailuresPerClient)
            .ExecuteUpdateAsync(set => set.SetProperty(t => t.HeldUntilUtc, heldUntil), cancellationToken);
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
