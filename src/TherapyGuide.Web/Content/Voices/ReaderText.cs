using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace TherapyGuide.Web.Content.Voices;

/// <summary>
/// The limits on what readers send, and the one cleaning it gets before it is stored: plain text without
/// control or direction-changing characters. It is never turned into markup or links; pages encode it.
/// </summary>
public static partial class ReaderText
{
    /// <summary>The longest site path a "Was this page helpful?" answer may be about.</summary>
    public const int PathLength = 200;

    public const int CommentLength = 500;

    public const int DisplayNameLength = 60;

    public const int ExperienceLength = 4000;

    /// <summary>
    /// The largest readers' form body accepted: room for the longest experience in any script, URL-encoded,
    /// with nothing to spare for floods.
    /// </summary>
    public const int RequestSizeLimit = 64 * 1024;

    /// <summary>
    /// Removes control and invisible formatting characters (which can hide or reorder text), keeps line breaks
    /// when <paramref name="multiline"/>, joins lines otherwise, and trims. Null when nothing is left.
    /// </summary>
    public static string? Clean(string? text, bool multiline)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        try
        {
            normalized = normalized.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            // Text with a lone surrogate cannot be normalized; the surrogate is dropped below.
        }

        var cleaned = new StringBuilder(normalized.Length);
        for (var i = 0; i < normalized.Length; i++)
        {
            var c = normalized[i];
            if (c == '\n')
            {
                cleaned.Append(multiline ? '\n' : ' ');
            }
            else if (c == '\t')
            {
                cleaned.Append(' ');
            }
            else if (char.IsHighSurrogate(c) && i + 1 < normalized.Length && char.IsLowSurrogate(normalized[i + 1]))
            {
                cleaned.Append(c).Append(normalized[++i]);
            }
            else if (Keeps(c))
            {
                cleaned.Append(c);
            }
        }

        var result = multiline
            ? ExtraBlankLines().Replace(cleaned.ToString(), "\n\n").Trim()
            : Spaces().Replace(cleaned.ToString(), " ").Trim();
        return result.Length == 0 ? null : result;
    }

    /// <summary>True when a display name is an email address, which readers are asked not to give.</summary>
    public static bool LooksLikeEmail(string text) => Email().IsMatch(text);

    private static bool Keeps(char c) => CharUnicodeInfo.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.Control or UnicodeCategory.Surrogate or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator => false,
        // Zero-width joiners hold emoji sequences together; other format characters (direction overrides,
        // invisible spaces) are dropped.
        UnicodeCategory.Format => c is '\u200C' or '\u200D',
        _ => true,
    };

    [GeneratedRegex(@"\n[ \n]*\n")]
    private static partial Regex ExtraBlankLines();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\S@\S+\.\S")]
    private static partial Regex Email();

    /// <summary>What a reader typed, cut to <paramref name="length"/> characters to show back in a refused form.</summary>
    public static string? Shorten(string? text, int length) => text is null || text.Length <= length ? text : text[..length];
}
