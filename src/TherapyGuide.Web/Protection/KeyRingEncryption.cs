using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace TherapyGuide.Web.Protection;

/// <summary>
/// Encrypts each key of the key ring with AES-256-GCM under the <see cref="KeyEncryptionKey"/> before Data
/// Protection stores it, and decrypts it when read; GCM also authenticates, so a tampered key fails rather than
/// being used. Data Protection stores this type's name with every key it encrypted and creates it from that name,
/// through the constructor that takes the services, to decrypt: never rename or move it.
/// </summary>
public sealed class KeyRingEncryption(IServiceProvider services) : IXmlEncryptor, IXmlDecryptor
{
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private static readonly XName _encryptedKey = "aesGcmEncryptedKey";

    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        ArgumentNullException.ThrowIfNull(plaintextElement);
        var plaintext = Encoding.UTF8.GetBytes(plaintextElement.ToString(SaveOptions.DisableFormatting));
        try
        {
            var sealedKey = new byte[NonceSize + TagSize + plaintext.Length];
            var nonce = sealedKey.AsSpan(0, NonceSize);
            RandomNumberGenerator.Fill(nonce);
            using var aes = new AesGcm(Key, TagSize);
            aes.Encrypt(nonce, plaintext, sealedKey.AsSpan(NonceSize + TagSize), sealedKey.AsSpan(NonceSize, TagSize));
            var element = new XElement(_encryptedKey, new XComment(" AES-256-GCM: nonce, tag, ciphertext "), Convert.ToBase64String(sealedKey));
            return new EncryptedXmlInfo(element, typeof(KeyRingEncryption));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plaintext);
        }
    }

    /// <exception cref="CryptographicException">The key-encryption key is not the one this key was encrypted with, or the key was changed.</exception>
    public XElement Decrypt(XElement encryptedElement)
    {
        ArgumentNullException.ThrowIfNull(encryptedElement);
        var sealedKey = Convert.FromBase64String(encryptedElement.Value.Trim());
        if (encryptedElement.Name != _encryptedKey || sealedKey.Length < NonceSize + TagSize)
        {
            throw new CryptographicException("Not a key encrypted by TherapyGuide's key ring encryption.");
        }

        var plaintext = new byte[sealedKey.Length - NonceSize - TagSize];
        try
        {
            using var aes = new AesGcm(Key, TagSize);
            aes.Decrypt(sealedKey.AsSpan(0, NonceSize), sealedKey.AsSpan(NonceSize + TagSize), sealedKey.AsSpan(NonceSize, TagSize), plaintext);
            return XElement.Parse(Encoding.UTF8.GetString(plaintext));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plaintext);
        }
    }

    private byte[] Key => services.GetRequiredService<KeyEncryptionKey>().Bytes;
}
