namespace TherapyGuide.Web.Accounts;

/// <summary>
/// One signed-in browser, kept on the server: the sign-in cookie carries only a key to this row, so signing out,
/// or an admin's removal, ends the session for every copy of the cookie.
/// </summary>
public sealed class SignInSession
{
    /// <summary>The SHA-256 of the key in the cookie, so that the store (or a backup of it) holds no usable key.</summary>
    public required string Id { get; set; }

    public required string UserId { get; set; }

    /// <summary>The authentication ticket (who, which roles, the security stamp), serialized.</summary>
    public required byte[] Ticket { get; set; }

    public DateTime CreatedUtc { get; set; }

    /// <summary>When the sliding lifetime ends unless the editor uses the site before then.</summary>
    public DateTime? ExpiresUtc { get; set; }
}
