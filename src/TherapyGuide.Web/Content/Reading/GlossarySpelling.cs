namespace TherapyGuide.Web.Content.Reading;

/// <summary>
/// What a glossary spelling (a term or one of its other spellings) must look like for <see cref="GlossaryMatcher"/> to
/// look for it in the text. One rule set: the edit form refuses a spelling that breaks it, so the editor hears about
/// it when saving, and the matcher skips one already stored (imported, or restored from an old revision), so a page
/// never fails for it.
/// </summary>
public static class GlossarySpelling
{
    /// <summary>Longer than any real medical phrase; it keeps each pattern, and the work per paragraph, small.</summary>
    public const int MaxLength = 100;

    /// <summary>Why the matcher cannot use this spelling, as the end of a sentence naming it; null when it can.</summary>
    public static string? Problem(string spelling)
    {
        ArgumentNullException.ThrowIfNull(spelling);
        if (spelling.Length < 2)
        {
            return "a spelling needs at least 2 characters";
        }

        if (spelling.Length > MaxLength)
        {
            return $"keep each spelling to {MaxLength} characters or fewer";
        }

        if (!spelling.Any(char.IsLetter))
        {
            return "a spelling needs at least one letter";
        }

        if (spelling.Any(char.IsControl))
        {
            return "a spelling cannot contain tabs or line breaks";
        }

        if (IsGap(spelling[0]) || IsGap(spelling[^1]))
        {
            return "a spelling cannot start or end with a space or hyphen";
        }

        // A space in a spelling matches any run of spaces and hyphens in the text, so "CAR T" finds "CAR-T" too;
        // spaces and hyphens side by side in the spelling itself add nothing but work.
        for (var i = 1; i < spelling.Length; i++)
        {
            if (IsGap(spelling[i]) && IsGap(spelling[i - 1]))
            {
                return "put a single space or hyphen between words, never two side by side";
            }
        }

        return null;
    }

    /// <summary>The sentence an editor reads beside the field.</summary>
    public static string Message(string spelling, string problem) => $"“{spelling}” cannot be used as a spelling: {problem}.";

    private static bool IsGap(char c) => c == '-' || char.IsWhiteSpace(c);
}
