using System.Text.RegularExpressions;

namespace TherapyGuide.Web.Content;

/// <summary>
/// How easy a Spanish text is to read, by the two formulas Spanish health writing is measured with:
/// Fernández-Huerta (1959), 206.84 − 0.60 P − 1.02 F, with P syllables and F sentences per 100 words; and INFLESZ
/// (Barrio-Cantalejo, 2008, on Szigriszt-Pazos's perspicuity), 206.835 − 62.3 × syllables ÷ words − words ÷ sentences.
/// Higher is easier. INFLESZ bands: under 40 very hard, 40–55 somewhat hard, 55–65 normal, 65–80 fairly easy,
/// over 80 very easy; health information for patients aims at 55 or more.
/// Syllables are counted from the spelling, as Spanish allows: one for each vowel group, one more for each hiatus of
/// two strong vowels (a, e, o, or an accented í or ú), the silent u of que, qui, gue, gui not counted.
/// </summary>
public static partial class SpanishReadingEase
{
    public static SpanishReadingScore Score(string plainText)
    {
        ArgumentNullException.ThrowIfNull(plainText);
        var words = Word().Matches(plainText).Select(m => m.Value).ToList();
        if (words.Count == 0)
        {
            return new SpanishReadingScore(0, 0, 0, 0, 0);
        }

        var sentences = ReadingLevel.CountSentences(plainText);
        var syllables = words.Sum(CountSyllables);
        double count = words.Count;
        var fernandezHuerta = 206.84 - (0.60 * 100 * syllables / count) - (1.02 * 100 * sentences / count);
        var inflesz = 206.835 - (62.3 * syllables / count) - (count / sentences);
        return new SpanishReadingScore(words.Count, sentences, syllables, Math.Round(fernandezHuerta, 1), Math.Round(inflesz, 1));
    }

    public static int CountSyllables(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var w = SilentU().Replace(word.ToLowerInvariant(), "");
        w = FinalY().Replace(w, "i");
        w = ConsonantY().Replace(w, "j");
        var count = 0;
        var previous = '\0';
        foreach (var c in w)
        {
            var strong = "aeoáéóíú".Contains(c, StringComparison.Ordinal);
            var weak = "iuüy".Contains(c, StringComparison.Ordinal);
            if (!strong && !weak)
            {
                previous = '\0';
                continue;
            }

            var previousStrong = previous != '\0' && "aeoáéóíú".Contains(previous, StringComparison.Ordinal);
            if (previous == '\0' || (previousStrong && strong))
            {
                count++;
            }

            previous = c;
        }

        return Math.Max(1, count);
    }

    /// <summary>The INFLESZ band's name, as Spanish readers of the scale know it.</summary>
    public static string InfleszBand(double score) => score switch
    {
        < 40 => "muy difícil",
        < 55 => "algo difícil",
        < 65 => "normal",
        < 80 => "bastante fácil",
        _ => "muy fácil",
    };

    [GeneratedRegex(@"\p{L}+(?:[-'’]\p{L}+)*")]
    private static partial Regex Word();

    [GeneratedRegex("(?<=[qg])u(?=[eéií])")]
    private static partial Regex SilentU();

    [GeneratedRegex("y$")]
    private static partial Regex FinalY();

    [GeneratedRegex("y(?=[aeiouáéíóú])")]
    private static partial Regex ConsonantY();
}

/// <summary>A Spanish text's counts and its two reading-ease scores (higher is easier).</summary>
public sealed record SpanishReadingScore(int Words, int Sentences, int Syllables, double FernandezHuerta, double Inflesz);
