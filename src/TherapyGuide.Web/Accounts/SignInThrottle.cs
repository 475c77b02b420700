namespace TherapyGuide.Web.Accounts;

/// <summary>
/// Failed sign-ins for one account name tried from one client address. A pair that fails too often is held back
/// for a while; other clients can still sign in to the same account, so nobody can keep a named editor out.
/// </summary>
public sealed class SignInThrottle
{
    /// <summary>The SHA-256 of the normalized email and the client's address: neither is stored in the clear.</summary>
    public required string Id { get; set; }

    /// <summary>The SHA-256 of the normalized email alone, so that an admin's unlock can clear every hold on the account.</summary>
    public required string Account { get; set; }

    public int Failures { get; set; }

    public DateTime FirstFailureUtc { get; set; }

    public DateTime? HeldUntilUtc { get; set; }
}
