using System.Text.RegularExpressions;
using Microsoft.Extensions.Caching.Memory;

namespace TherapyGuide.Web.Content.Reading;

/// <summary>Finds which glossary terms a text uses, by the term or any of its other spellings.</summary>
public static class GlossaryMatcher
{
    /// <summary>Patterns kept at once: several times the glossary's few hundred spellings.</summary>
    private const int MaxPatterns = 2_000;

    // Bounded, because spellings come from editors: every spelling ever typed, renamed or previewed would otherwise stay
    // in memory for the life of the process. Building a pattern is cheap next to a page, so one dropped is no loss.
    private static readonly MemoryCache _patterns = new(new MemoryCacheOptions { SizeLimit = MaxPatterns });

    public static IReadOnlyList<GlossaryEntry> TermsUsed(string text, IEnumerable<GlossaryEntry> glossary)
    {
        ArgumentNullException.ThrowIfNull(glossary);
        return glossary.Where(entry => Spellings(entry).Any(spelling => Find(text, spelling) is not null)).ToList();
    }

    /// <summary>The readable text of sanitized HTML, for matching, read from the parsed document.</summary>
    public static string TextOf(string html) => HtmlFragment.TextOf(html);

    /// <summary>The entry's spellings the matcher looks for: those that keep <see cref="GlossarySpelling"/>'s rules.</summary>
    public static IEnumerable<string> Spellings(GlossaryEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry.Aliases.Prepend(entry.Term).Where(s => GlossarySpelling.Problem(s) is null);
    }

    /// <summary>Stored spellings the matcher skips because they break the rules (saved before the rules existed, or
    /// restored from an old revision), for a warning in the log.</summary>
    public static IReadOnlyList<string> Skipped(IEnumerable<GlossaryEntry> glossary)
    {
        ArgumentNullException.ThrowIfNull(glossary);
        return glossary.SelectMany(entry => entry.Aliases.Prepend(entry.Term)).Where(s => GlossarySpelling.Problem(s) is not null).ToList();
    }

    /// <summary>The first whole-word use of the spelling in the text, or null; always null for a spelling that breaks
    /// the rules (see <see cref="GlossarySpelling"/>), as those are what keep the pattern from backtracking.</summary>
    public static (int Index, int Length)? Find(string text, string spelling)
    {
        try
        {
            var match = Pattern(spelling)?.Match(text);
            return match is { Success: true } ? (match.Index, match.Length) : null;
        }
        catch (RegexMatchTimeoutException)
        {
            // Only text far longer than any page could run this long: the word is left plain rather than the page failing.
            return null;
        }
    }

    /// <summary>The pattern for one spelling, built once: whole words, any case, plural endings allowed; none for a
    /// spelling that breaks the rules.</summary>
    private static Regex? Pattern(string spelling) =>
        _patterns.GetOrCreate(spelling, entry =>
        {
            entry.Size = 1;
            return Build(spelling);
        });

    private static Regex? Build(string spelling)
    {
        if (GlossarySpelling.Problem(spelling) is not null)
        {
            return null;
        }

        // Short capitals ("MS", "CRS", "CAR") only match as capitals, so "ms" in "terms" never counts.
        var caseSensitive = spelling.Length <= 4 && spelling.All(c => !char.IsLetter(c) || char.IsUpper(c));
        // A space matches any run of spaces and hyphens, taken whole and never given back: the spelling rules put a
        // letter or sign (never a space or hyphen) on both sides of it, so there is only one way to read each run, and
        // the time grows with the text, not with the ways of splitting a long run of hyphens (issue 14). The
        // non-backtracking engine would promise the same but takes seconds to build the glossary's 300 patterns.
        var escaped = Regex.Escape(spelling).Replace(@"\ ", @"(?>[\s-]+)", StringComparison.Ordinal);
        return new Regex(
            $@"(?<![\w-]){escaped}(?:s|es)?(?![\w-])",
            (caseSensitive ? RegexOptions.None : RegexOptions.IgnoreCase) | RegexOptions.CultureInvariant,
            TimeSpan.FromSeconds(1));
    }
}
