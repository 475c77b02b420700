using System.Globalization;
using System.Security.Cryptography;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;
using TherapyGuide.Web.Data;

namespace TherapyGuide.Web.Protection;

/// <summary>
/// The Data Protection key ring, which signs sign-in cookies and antiforgery tokens. It lives in the store, so
/// that every node on the same store, and a restart, accepts the cookies the others made; its keys are encrypted
/// there (<see cref="KeyRingEncryption"/>) with a key kept outside the store (<see cref="KeyEncryptionKey"/>).
/// </summary>
public static partial class KeyRing
{
    private static readonly XName _encryptedSecret = XName.Get("encryptedSecret", "http://schemas.asp.net/2015/03/dataProtection");

    public static IServiceCollection AddKeyRing(this IServiceCollection services)
    {
        services.AddSingleton<KeyEncryptionKey>();
        services.AddDataProtection()
            .SetApplicationName("TherapyGuide")
            .PersistKeysToDbContext<TherapyGuideDbContext>();
        services.AddOptions<KeyManagementOptions>()
            .Configure<IServiceProvider>((options, provider) => options.XmlEncryptor = new KeyRingEncryption(provider));
        return services;
    }

    /// <summary>
    /// At start, before anything uses the key ring: loads the key-encryption key (creating its file on the first
    /// start) and decrypts every encrypted key with it, so that a missing or wrong key stops the start with a message
    /// naming it. Left to Data Protection, a key it cannot decrypt is passed over and a new one made (encrypted with
    /// the wrong key): every sign-in cookie and open form would be refused, and the ring spoilt for the right key.
    /// </summary>
    public static void Check(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var repository = services.GetRequiredService<IOptions<KeyManagementOptions>>().Value.XmlRepository
            ?? throw new InvalidOperationException("The key ring has no repository.");
        var keys = repository.GetAllElements().Where(e => e.Name == "key").ToList();
        var ours = typeof(KeyRingEncryption).FullName + ",";
        var encrypted = keys.SelectMany(key => key.Descendants(_encryptedSecret))
            .Where(secret => ((string?)secret.Attribute("decryptorType"))?.StartsWith(ours, StringComparison.Ordinal) == true)
            .ToList();

        var keyEncryptionKey = services.GetRequiredService<KeyEncryptionKey>();
        keyEncryptionKey.Load(createIfMissing: encrypted.Count == 0);
        var encryption = new KeyRingEncryption(services);
        foreach (var secret in encrypted)
        {
            try
            {
                encryption.Decrypt(secret.Elements().Single());
            }
            catch (CryptographicException exception)
            {
                throw new InvalidOperationException(
                    $"The key ring in the store cannot be decrypted with the key-encryption key from {keyEncryptionKey.Source}: it is not the key "
                    + $"the ring was encrypted with. Start with that key (the {KeyEncryptionKey.DefaultFileName} that was beside the store, "
                    + $"{KeyEncryptionKey.FileSetting} naming it, or {KeyEncryptionKey.Setting} set to its contents).", exception);
            }
        }

        // Keys made before the ring was encrypted keep working (older cookies stay valid) until they expire.
        var plain = keys.Where(key => key.Descendants("masterKey").Any()).ToList();
        if (plain.Count > 0)
        {
            var lastExpiry = plain.Max(key => DateTimeOffset.Parse((string?)key.Element("expirationDate") ?? "", CultureInfo.InvariantCulture));
            LogUnencryptedKeys(services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(KeyRing)), plain.Count, lastExpiry);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} key(s) of the key ring are stored unencrypted, from before keys were encrypted: "
        + "they still sign and check cookies until {Expiry:yyyy-MM-dd}; new keys are encrypted")]
    private static partial void LogUnencryptedKeys(ILogger logger, int count, DateTimeOffset expiry);
}
