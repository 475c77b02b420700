using System.Text.RegularExpressions;

namespace TherapyGuide.Web.Content;

/// <summary>
/// Flesch–Kincaid grade level: 0.39 × (words ÷ sentences) + 11.8 × (syllables ÷ words) − 15.59.
/// Syllables are counted by vowel groups, which is the usual approximation for English.
/// </summary>
public static partial class ReadingLevel
{
    public static double Grade(string plainText)
    {
        ArgumentNullException.ThrowIfNull(plainText);
        var words = Words(plainText);
        if (words.Count == 0)
        {
            return 0;
        }

        var sentences = CountSentences(plainText);
        var syllables = words.Sum(CountSyllables);
        var grade = (0.39 * words.Count / sentences) + (11.8 * syllables / words.Count) - 15.59;
        return Math.Round(Math.Max(0, grade), 1);
    }

    public static int CountWords(string plainText) => Words(plainText).Count;

    /// <summary>Sentence ends, plus line ends: headings and list items count as sentences of their own.</summary>
    public static int CountSentences(string plainText)
    {
        var count = 0;
        foreach (var line in plainText.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var ends = SentenceEnd().Count(line);
            var endsWithStop = SentenceEnd().IsMatch(line[^1].ToString());
            count += ends + (endsWithStop ? 0 : 1);
        }

        return Math.Max(1, count);
    }

    public static int CountSyllables(string word)
    {
        var w = word.ToLowerInvariant();
        if (w.Length <= 3)
        {
            return 1;
        }

        // Silent endings: "changed", "makes", "immune" (but not "wanted", "changes", "people", "free").
        if (w.EndsWith("ed", StringComparison.Ordinal) && w[^3] is not ('t' or 'd'))
        {
            w = w[..^2];
        }
        else if (w.EndsWith("es", StringComparison.Ordinal) && !SyllabicEs().IsMatch(w))
        {
            w = w[..^2];
        }
        else if (w.EndsWith('e') && !w.EndsWith("le", StringComparison.Ordinal) && !w.EndsWith("ee", StringComparison.Ordinal))
        {
            w = w[..^1];
        }

        var groups = VowelGroup().Count(w);
        return Math.Max(1, groups);
    }

    private static List<string> Words(string text) =>
        WordPattern().Matches(text).Select(m => m.Value).ToList();

    [GeneratedRegex(@"[A-Za-z]+(?:['’][A-Za-z]+)*|\d+")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"[.!?]+(?=\s|$)")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex("(?:s|x|z|ch|sh|g|c)es$")]
    private static partial Regex SyllabicEs();

    [GeneratedRegex("[aeiouy]+")]
    private static partial Regex VowelGroup();
}
