using System.Text;

namespace TherapyGuide.Web.Pictures;

/// <summary>The address a picture is served at: <c>/media/{first 16 digits of its fingerprint}/{name}.{ext}</c>.</summary>
public static class MediaAddress
{
    public const string Prefix = "/media/";

    public const int KeyLength = 16;

    public static string Of(string key, string fileName, PictureFormat format) => $"{Prefix}{key}/{fileName}.{format.Extension()}";

    /// <summary>The key and file name of a /media address (no query or fragment), or null for any other address.</summary>
    public static (string Key, string File)? Parse(string? address)
    {
        if (address is null || !address.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var rest = address[Prefix.Length..];
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        if (slash != KeyLength || !IsKey(rest[..slash]))
        {
            return null;
        }

        var file = rest[(slash + 1)..];
        return file.Length is > 0 and <= 100 && file.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or '.')
            ? (rest[..slash], file)
            : null;
    }

    public static bool IsKey(string key) => key.Length == KeyLength && key.All(char.IsAsciiHexDigitLower);

    /// <summary>A file name made into the name part of an address: lowercase letters, digits and single hyphens, at most 60.</summary>
    public static string SlugOf(string uploadedName)
    {
        var name = Path.GetFileNameWithoutExtension(uploadedName.Replace('\\', '/').Split('/')[^1]);
        var slug = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(char.ToLowerInvariant(c));
            }
            else if (slug.Length > 0 && slug[^1] != '-' && (char.IsWhiteSpace(c) || c is '-' or '_' or '.'))
            {
                slug.Append('-');
            }

            if (slug.Length >= 60)
            {
                break;
            }
        }

        var text = slug.ToString().Trim('-');
        return text.Length == 0 ? "picture" : text;
    }
}
