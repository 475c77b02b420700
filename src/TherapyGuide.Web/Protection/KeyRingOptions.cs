namespace TherapyGuide.Web.Protection;

/// <summary>
/// Where the key that encrypts the key ring at rest comes from (TherapyGuide:KeyRing). It never lives in the store,
/// so that a copy of the store or of a backup is not enough to forge a sign-in.
/// </summary>
public sealed class KeyRingOptions
{
    /// <summary>
    /// The key-encryption key itself, base64 of 32 random bytes (<c>openssl rand -base64 32</c>), typically from the
    /// environment: the same value on every node that shares a store. Empty: the key file is used.
    /// </summary>
    public string? EncryptionKey { get; set; }

    /// <summary>
    /// The file holding the key-encryption key when <see cref="EncryptionKey"/> is empty; a relative path is taken
    /// from the content root. Empty: <c>keyring.key</c> beside the store. Created, owner-only, on the first start.
    /// </summary>
    public string? KeyFile { get; set; }
}
