using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TherapyGuide.Web.Content.Editing;
using TherapyGuide.Web.Data;
using TherapyGuide.Web.Hosting;

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

    private SignInLimitOptions Limits => options.Value.SignIn;

    /// <summary>Signs the person in and returns true, or returns false for every kind of refusal alike.</summary>
    public async Task<bool> SignInAsync(string email, string password, HttpContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var now = clock.GetUtcNow().UtcDateTime;
        var account = Hash(users.NormalizeEmail(email) ?? "");
        var throttleId = Hash($"{account}\n{ClientAddress.RateLimitKey(context)}");
        var throttle = await db.SignInThrottles.SingleOrDefaultAsync(t => t.Id == throttleId, cancellationToken);
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
                db.SignInThrottles.Remove(throttle);
                await db.SaveChangesAsync(cancellationToken);
            }

            await users.ResetAccessFailedCountAsync(user);
            await signIn.SignInAsync(user, isPersistent: false);
            await audit.WriteAsync(user.Email ?? email, "sign-in", null, null, cancellationToken);
            return true;
        }

        if (!passwordRight)
        {
            CountFailure(ref throttle, throttleId, account, now);
            if (user is not null && !locked)
            {
                // Identity's own lockout, at the much higher per-account ceiling (see AddAccounts).
                await users.AccessFailedAsync(user);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        var (action, details) = (user, passwordRight, held, locked) switch
        {
            (null, _, _, _) => ("sign-in-failed", "no account with this email"),
            (_, _, _, true) => ("sign-in-locked-out", "the account is locked"),
            (_, _, true, _) => ("sign-in-held", "too many wrong passwords from this address; held back"),
            _ => ("sign-in-failed", "wrong password"),
        };
        await audit.WriteAsync(user?.Email ?? email, action, null, details, cancellationToken);
        return false;
    }

    /// <summary>Clears every hold on an account, from any address (an admin's unlock).</summary>
    public async Task ClearHoldsAsync(string email, CancellationToken cancellationToken)
    {
        var account = Hash(users.NormalizeEmail(email) ?? "");
        await db.SignInThrottles.Where(t => t.Account == account).ExecuteDeleteAsync(cancellationToken);
    }

    private void CountFailure(ref SignInThrottle? throttle, string id, string account, DateTime now)
    {
        if (throttle is null)
        {
            // Old rows go as new ones come, so the table holds only the last window's failures.
            var stale = now - Limits.HoldBack;
            db.SignInThrottles.RemoveRange(db.SignInThrottles.Where(t => t.FirstFailureUtc < stale && !(t.HeldUntilUtc > now)).Take(100));
            throttle = new SignInThrottle { Id = id, Account = account, FirstFailureUtc = now };
            db.SignInThrottles.Add(throttle);
        }
        else if (throttle.FirstFailureUtc < now - Limits.HoldBack && !(throttle.HeldUntilUtc > now))
        {
            throttle.Failures = 0;
            throttle.FirstFailureUtc = now;
            throttle.HeldUntilUtc = null;
        }

        throttle.Failures++;
        if (throttle.Failures >= Limits.FailuresPerClient)
        {
            throttle.HeldUntilUtc = now + Limits.HoldBack;
        }
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
