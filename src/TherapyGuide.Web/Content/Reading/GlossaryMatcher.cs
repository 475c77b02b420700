using System.Collections.Concurrent;
using System.Net;
using System.Text.RegularExpressions;

namespace TherapyGuide.Web.Content.Reading;

/// <summary>Finds which glossary terms a text uses, by the term or any of its other spellings.</summary>
public static partial class GlossaryMatcher
{
    private static readonly ConcurrentDictionary<string, Regex> _patterns = new(StringComparer.Ordinal);

    public static IReadOnlyList<GlossaryEntry> TermsUsed(string text, IEnumerable<GlossaryEntry> glossary)
    {
        ArgumentNullException.ThrowIfNull(glossary);
        return glossary.Where(entry => Spellings(entry).Any(spelling => Pattern(spelling).IsMatch(text))).ToList();
    }

    /// <summary>The readable text of sanitized HTML, for matching.</summary>
    public static string TextOf(string html) => WebUtility.HtmlDecode(Tags().Replace(html, " "));

    private static IEnumerable<string> Spellings(GlossaryEntry entry) => entry.Aliases.Prepend(entry.Term).Where(s => s.Length > 1);

    /// <summary>The pattern for one spelling, built once: whole words, any case, plural endings allowed.</summary>
    internal static Regex Pattern(string spelling) => _patterns.GetOrAdd(spelling, Build);

    private static Regex Build(string spelling)
    {
        // Short capitals ("MS", "CRS", "CAR") only match as capitals, so "ms" in "terms" never counts.
        var caseSensitive = spelling.Length <= 4 && spelling.All(c => !char.IsLetter(c) || char.IsUpper(c));
        var escaped = Regex.Escape(spelling).Replace(@"\ ", @"[\s-]+", StringComparison.Ordinal);
        return new Regex(
            $@"(?<![\w-]){escaped}(?:s|es)?(?![\w-])",
            (caseSensitive ? RegexOptions.None : RegexOptions.IgnoreCase) | RegexOptions.CultureInvariant,
            TimeSpan.FromSeconds(1));
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();
}
