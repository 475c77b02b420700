using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace TherapyGuide.Web.Content.Search;

/// <summary>
/// Spanish words as the Spanish search index holds them: lowercased, accents taken off ("células" is "celulas", so a
/// reader may type them or not), then cut to their stem by the Snowball Spanish stemmer ("fiebres" and "fiebre" are
/// "fiebr", "inmunoterapias" is "inmunoterapi").
/// <para>
/// Why Snowball, and from Lucene.Net.Analysis.Common: PostgreSQL's "spanish" configuration stems with the same
/// Snowball algorithm, so both stores find the same words for the same query. SQLite's FTS5 has no Spanish stemmer
/// (its "porter" tokenizer is English) and Microsoft.Data.Sqlite cannot register a tokenizer written in C#, so on
/// SQLite the text is stemmed here before it is written into FTS5, and the query's words the same way.
/// Lucene.Net.Analysis.Common is the Apache project's port, well kept and widely used, and its SpanishStemmer is the
/// generated Snowball code itself (not the lighter, different SpanishLightStemmer). Accents are taken off before
/// stemming, as PostgreSQL's configuration does (unaccent before the stemmer), so a word typed without its accents is
/// stemmed exactly as the written one ("medicacion" and "medicación" have one stem).
/// </para>
/// </summary>
public static partial class SpanishText
{
    /// <summary>Snowball programs keep state between calls: one per thread.</summary>
    [ThreadStatic]
    private static SpanishStemmer? _stemmer;

    /// <summary>
    /// Filler of a question or a worried sentence that carries no subject ("¿qué es una célula T?" searches for
    /// "celula t", "no puedo respirar" for "respirar"), written without accents as the query's words are compared.
    /// </summary>
    private static readonly HashSet<string> _stopWords =
    [
        "el", "la", "los", "las", "un", "una", "unos", "unas", "lo", "al", "del", "de", "a", "en", "y", "e", "o", "u",
        "que", "quien", "cual", "cuales", "como", "cuando", "donde", "por", "porque", "para", "con", "sin", "sobre",
        "es", "son", "esta", "estan", "estoy", "ser", "estar", "hay", "se", "me", "mi", "mis", "yo", "tu", "su", "sus",
        "no", "puedo", "puede", "pueden", "tengo", "tiene", "siento", "muy", "mucho", "algo", "le", "les", "te", "nos",
    ];

    /// <summary>The stem of one word: lowercased, without accents, then Snowball's Spanish stem.</summary>
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var plain = WithoutAccents(word);
        var stemmer = _stemmer ??= new SpanishStemmer();
        stemmer.SetCurrent(plain);
        stemmer.Stem();
        return stemmer.Current;
    }

    /// <summary>Every word of a text replaced by its stem, for the index's matching columns.</summary>
    public static string Stems(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.Join(' ', Word().Matches(text).Select(m => Stem(m.Value)));
    }

    /// <summary>True for a word of the query that says nothing about the subject ("no", "puedo", "de").</summary>
    public static bool IsStopWord(string word) => _stopWords.Contains(WithoutAccents(word));

    /// <summary>Lowercased, accents and other marks taken off ("Náusea" is "nausea", "niño" "nino"), as unaccent does.</summary>
    public static string WithoutAccents(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = text.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var plain = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark))
            {
                plain.Append(c);
            }
        }

        return plain.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// A snippet of <paramref name="body"/> as FTS5's snippet() makes one, for the Spanish index, whose matching column
    /// holds stems a reader should not see: the window of <paramref name="tokens"/> words holding the most of the
    /// query's words (the earliest of equals), the matched words marked with \u0001 and \u0002, and "…" where it starts
    /// after the beginning or stops before the end. A word matches when its stem is one of the query's stems, or starts
    /// with one of <paramref name="prefixes"/> (the last word typed, as the query takes it).
    /// </summary>
    public static string Snippet(string body, IReadOnlyCollection<string> stems, IReadOnlyCollection<string> prefixes, int tokens)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(stems);
        ArgumentNullException.ThrowIfNull(prefixes);
        var words = Word().Matches(body).ToList();
        if (words.Count == 0)
        {
            return body;
        }

        var matched = words.Select(w =>
        {
            var stem = Stem(w.Value);
            return stems.Contains(stem) || prefixes.Any(p => stem.StartsWith(p, StringComparison.Ordinal)) ? stem : null;
        }).ToList();
        var size = Math.Min(tokens, words.Count);
        var best = 0;
        var bestScore = -1;
        for (var start = 0; start + size <= words.Count; start++)
        {
            var window = matched.Skip(start).Take(size).Where(s => s is not null).ToList();
            var score = (window.Distinct().Count() * 1000) + window.Count;
            if (score > bestScore)
            {
                (best, bestScore) = (start, score);
            }
        }

        var text = new StringBuilder();
        if (best > 0)
        {
            text.Append('…');
        }

        for (var i = best; i < best + size; i++)
        {
            if (i > best)
            {
                var gapStart = words[i - 1].Index + words[i - 1].Length;
                text.Append(body, gapStart, words[i].Index - gapStart);
            }

            text.Append(matched[i] is null ? words[i].Value : $"\u0001{words[i].Value}\u0002");
        }

        var last = words[best + size - 1];
        if (best + size < words.Count)
        {
            text.Append('…');
        }
        else
        {
            text.Append(body.AsSpan(last.Index + last.Length).TrimEnd());
        }

        return text.ToString();
    }

    /// <summary>A word as FTS5's unicode61 tokenizer reads one: a run of letters, digits and marks.</summary>
    [GeneratedRegex(@"[\p{L}\p{N}\p{M}\p{Co}]+")]
    private static partial Regex Word();
}
