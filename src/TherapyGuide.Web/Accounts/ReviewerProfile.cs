using System.Security.Claims;
using Microsoft.AspNetCore.Identity;

namespace TherapyGuide.Web.Accounts;

/// <summary>
/// How a reviewer is named to readers under what they approved ("Dr Ana Ruiz, consultant haematologist"): given by the
/// reviewer when they first approve, kept with their account (as claims) for next time, and copied onto each approval,
/// so a later change of name never rewrites what readers were told.
/// </summary>
public sealed class ReviewerProfile(UserManager<IdentityUser> users)
{
    public const string NameClaim = "therapyguide:reviewer-name";
    public const string RoleClaim = "therapyguide:reviewer-role";

    public async Task<(string? Name, string? Role)> ReadAsync(ClaimsPrincipal principal)
    {
        var user = await users.GetUserAsync(principal);
        if (user is null)
        {
            return (null, null);
        }

        var claims = await users.GetClaimsAsync(user);
        return (claims.FirstOrDefault(c => c.Type == NameClaim)?.Value, claims.FirstOrDefault(c => c.Type == RoleClaim)?.Value);
    }

    public async Task SaveAsync(ClaimsPrincipal principal, string name, string role)
    {
        var user = await users.GetUserAsync(principal);
        if (user is null)
        {
            return;
        }

        var claims = await users.GetClaimsAsync(user);
        await ReplaceAsync(user, claims, NameClaim, name);
        await ReplaceAsync(user, claims, RoleClaim, role);
    }

    private async Task ReplaceAsync(IdentityUser user, IList<Claim> claims, string type, string value)
    {
        var old = claims.FirstOrDefault(c => c.Type == type);
        if (old?.Value == value)
        {
            return;
        }

        if (old is not null)
        {
            await users.RemoveClaimAsync(user, old);
        }

        await users.AddClaimAsync(user, new Claim(type, value));
    }
}
