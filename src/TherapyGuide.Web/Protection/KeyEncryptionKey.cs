using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TherapyGuide.Web.Data;

namespace TherapyGuide.Web.Protection;

/// <summary>
/// The key that encrypts the key ring's keys in the store (see <see cref="KeyRingEncryption"/>). It never lives in
/// the store: it comes from TherapyGuide:KeyRing:EncryptionKey when set, so that several nodes can share it, else
/// from a file beside the store, generated (owner-only) on the first start and read from there afterwards.
/// </summary>
public sealed partial class KeyEncryptionKey(
    IOptions<TherapyGuideOptions> options, IHostEnvironment environment, IServiceScopeFactory scopes, ILogger<KeyEncryptionKey> logger)
{
    public const string Setting = $"{TherapyGuideOptions.Section}:KeyRing:EncryptionKey";
    public const string FileSetting = $"{TherapyGuideOptions.Section}:KeyRing:KeyFile";
    public const string DefaultFileName = "keyring.key";
    private const int KeySize = 32;

    private readonly Lock _loading = new();
    private byte[]? _key;

    private string? _filePath;

    /// <summary>Where the key comes from, in words an operator can act on ("the file …", "the setting …").</summary>
    public string Source => IsConfigured ? $"the setting {Setting}" : $"the file {FilePath()}";

    private bool IsConfigured => !string.IsNullOrWhiteSpace(options.Value.KeyRing.EncryptionKey);

    /// <summary>The key, loaded on first use; a missing file is an error here (see <see cref="Load"/>).</summary>
    public byte[] Bytes => Load(createIfMissing: false);

    /// <summary>
    /// Reads the key from the setting or the file. A missing file is created only when <paramref name="createIfMissing"/>
    /// (no key in the ring is encrypted yet): a new key could never decrypt the keys already there.
    /// </summary>
    public byte[] Load(bool createIfMissing)
    {
        lock (_loading)
        {
            if (_key is not null)
            {
                return _key;
            }

            if (IsConfigured)
            {
                return _key = Parse(options.Value.KeyRing.EncryptionKey!);
            }

            var path = FilePath();
            if (!File.Exists(path))
            {
                if (!createIfMissing)
                {
                    throw new InvalidOperationException(
                        $"The key ring in the store is encrypted, but its key-encryption key file {path} is missing and {Setting} is not set. "
                        + $"Put back the {DefaultFileName} the keys were encrypted with (or set {Setting} to its contents, or {FileSetting} to where it is).");
                }

                Create(path);
                LogCreated(path);
            }

            StoreFiles.NarrowToOwner(path, logger);
            return _key = Parse(File.ReadAllText(path));
        }
    }

    private byte[] Parse(string base64)
    {
        var key = new byte[KeySize];
        return Convert.TryFromBase64String(base64.Trim(), key, out var length) && length == KeySize
            ? key
            : throw new InvalidOperationException(
                $"The key-encryption key in {Source} must be the base64 of {KeySize} random bytes (for example from `openssl rand -base64 32`).");
    }

    private string FilePath()
    {
        if (_filePath is not null)
        {
            return _filePath;
        }

        var configured = options.Value.KeyRing.KeyFile;
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return _filePath = Path.GetFullPath(configured, environment.ContentRootPath);
        }

        // Beside a SQLite store; for a PostgreSQL store, in the site's data folder (several nodes set the key instead).
        using var scope = scopes.CreateScope();
        var database = scope.ServiceProvider.GetRequiredService<TherapyGuideDbContext>().Database;
        var store = database.IsSqlite() ? StoreFiles.DatabasePath(database.GetConnectionString()) : null;
        return _filePath = Path.Combine(Path.GetDirectoryName(store) ?? StorePaths.DataFolder(environment.ContentRootPath), DefaultFileName);
    }

    /// <summary>
    /// Written whole to a file of its own, then moved into place without replacing: two sites starting together on
    /// one folder never read a half-written key, and the second one reads the key the first one made.
    /// </summary>
    private static void Create(string path)
    {
        StoreFiles.CreateFolder(Path.GetDirectoryName(path)!);
        var draft = $"{path}.{Guid.NewGuid():N}.new";
        using (var file = StoreFiles.CreateNew(draft))
        using (var writer = new StreamWriter(file))
        {
            writer.WriteLine(Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(KeySize)));
        }

        try
        {
            File.Move(draft, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(draft);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Created the key-encryption key file {File}, which encrypts the sign-in key ring in the store: "
        + "keep a copy of it apart from the store's backups, or sign-ins cannot be restored from them")]
    private partial void LogCreated(string file);
}
