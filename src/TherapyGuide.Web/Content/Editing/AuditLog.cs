using TherapyGuide.Web.Data;

namespace TherapyGuide.Web.Content.Editing;

/// <summary>Writes who did what in /admin. Never given passwords, cookies or tokens.</summary>
/// <remarks>
/// Only adds the entry to the context: the operation it records saves it with its own changes, in the same save (and
/// transaction), so an entry is never written for a change that was not, nor a change made without its entry.
/// </remarks>
public sealed class AuditLog(TherapyGuideDbContext db, TimeProvider clock, IHttpContextAccessor http)
{
    public void Add(string actor, string action, string? target, string? details) =>
        db.AuditEntries.Add(new AuditEntry
        {
            AtUtc = clock.GetUtcNow().UtcDateTime,
            Actor = Truncate(actor, 256),
            Action = Truncate(action, 60),
            Target = target is null ? null : Truncate(target, 300),
            Details = details is null ? null : Truncate(details, 1000),
            RemoteAddress = http.HttpContext?.Connection.RemoteIpAddress?.ToString(),
        });

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
