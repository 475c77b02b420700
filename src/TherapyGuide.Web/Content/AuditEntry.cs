namespace TherapyGuide.Web.Content;

/// <summary>Who did what in /admin, and when.</summary>
public sealed class AuditEntry
{
    public int Id { get; set; }

    public DateTime AtUtc { get; set; }

    /// <summary>The signed-in editor's email, or the email tried at a failed sign-in.</summary>
    public required string Actor { get; set; }

    public required string Action { get; set; }

    public string? Target { get; set; }

    public string? Details { get; set; }

    public string? RemoteAddress { get; set; }
}
