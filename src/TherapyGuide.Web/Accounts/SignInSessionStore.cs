using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using TherapyGuide.Web.Data;

namespace TherapyGuide.Web.Accounts;

/// <summary>
/// Keeps editors' sign-ins in the store (the cookie handler's <see cref="ITicketStore"/>), so that a session can be
/// ended on the server: sign-out deletes the row, and a copy of the cookie made before then finds nothing. Every node
/// of a site shares the store, so a session works wherever a request lands.
/// </summary>
public sealed class SignInSessionStore(IServiceScopeFactory scopes, TimeProvider clock) : ITicketStore
{
    /// <summary>However busy an editor is, they sign in again after this long.</summary>
    public static readonly TimeSpan LongestSession = TimeSpan.FromHours(12);

    public async Task<string> StoreAsync(AuthenticationTicket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var key = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        var now = clock.GetUtcNow().UtcDateTime;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TherapyGuideDbContext>();
        // Sessions nobody came back to, cleared as new ones start rather than by a timer.
        await db.SignInSessions.Where(s => s.ExpiresUtc < now || s.CreatedUtc < now - LongestSession).ExecuteDeleteAsync();
        db.SignInSessions.Add(new SignInSession
        {
            Id = IdOf(key),
            UserId = UserIdOf(ticket),
            Ticket = TicketSerializer.Default.Serialize(ticket),
            CreatedUtc = now,
            ExpiresUtc = ticket.Properties.ExpiresUtc?.UtcDateTime,
        });
        await db.SaveChangesAsync();
        return key;
    }

    public async Task RenewAsync(string key, AuthenticationTicket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TherapyGuideDbContext>();
        var id = IdOf(key);
        var serialized = TicketSerializer.Default.Serialize(ticket);
        var expires = ticket.Properties.ExpiresUtc?.UtcDateTime;
        // An update only: a session ended meanwhile (sign-out elsewhere, a removed account) is not brought back.
        await db.SignInSessions.Where(s => s.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Ticket, serialized).SetProperty(x => x.ExpiresUtc, expires));
    }

    public async Task<AuthenticationTicket?> RetrieveAsync(string key)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TherapyGuideDbContext>();
        var id = IdOf(key);
        var session = await db.SignInSessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id);
        var now = clock.GetUtcNow().UtcDateTime;
        if (session is null || session.ExpiresUtc < now || session.CreatedUtc < now - LongestSession)
        {
            return null;
        }

        return TicketSerializer.Default.Deserialize(session.Ticket);
    }

    public async Task RemoveAsync(string key)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TherapyGuideDbContext>();
        var id = IdOf(key);
        await db.SignInSessions.Where(s => s.Id == id).ExecuteDeleteAsync();
    }

    /// <summary>The row id for a cookie's key.</summary>
    public static string IdOf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
    }

    private static string UserIdOf(AuthenticationTicket ticket) =>
        ticket.Principal.FindFirstValue(ClaimTypes.NameIdentifier)
        ?? throw new InvalidOperationException("A sign-in ticket without a user id cannot be stored.");
}
