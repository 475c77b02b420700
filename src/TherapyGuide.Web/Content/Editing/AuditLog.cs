using TherapyGuide.Web.Data;

namespace TherapyGuide.Web.Content.Editing;

/// <summary>Writes who did what in /admin. Never given passwords, cookies or tokens.</summary>
public sealed class AuditLog(TherapyGuideDbContext db, TimeProvider clock, IHttpContextAccessor http)
{
    public async Task WriteAsync(string actor, string action, string? target, string? details, CancellationToken cancellationToken)
    {
        db.AuditEntries.Add(new AuditEntry
        {
            AtUtc = clock.GetUtcNow().UtcDateTime,
            Actor = Truncate(actor, 256),
            Action = Truncate(action, 60),
            Target = target is null ? null : Truncate(target, 300),
            Details = details is null ? null : Truncate(details, 1000),
            RemoteAddress = http.HttpContext?.Connection.RemoteIpAddress?.ToString(),
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
