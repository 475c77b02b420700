using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using TherapyGuide.Web.Languages;

namespace TherapyGuide.Web.Content.Search;

/// <summary>
/// Turns what a reader typed into a safe FTS5 query. Only letters and digits survive, every term is quoted,
/// so quotes, stars, NEAR(, AND/OR/NOT, column filters, brackets and SQL are all just words.
/// </summary>
public static partial class SearchQuery
{
    /// <summary>Longest text searched; the rest of a longer query is ignored (and the page says so).</summary>
    public const int MaxLength = 200;

    public const int MaxTerms = 8;

    /// <summary>The shortest last word that also finds longer words starting with it ("immun" finds "immunotherapy").</summary>
    public const int MinPrefixLength = 2;

    /// <summary>The most phrases tried, one per mix of spellings ("leukemia cells", "leukaemia cells").</summary>
    public const int MaxPhrases = 4;

    /// <summary>
    /// The most quoted strings in one query: the phrases, every spelling of every word, and the words run together.
    /// It keeps the work FTS5 does for one search bounded however the words are chosen.
    /// </summary>
    public const int MaxQuotedStrings = MaxPhrases + (MaxTerms * SpellingVariants.MaxPerWord) + 1;

    /// <summary>
    /// Question words and the filler of a worried sentence that carry no subject ("what is a T cell?" searches for
    /// "t cell", "I can't breathe" for "breathe", "I feel hot and shivery" for "hot shivery").
    /// </summary>
    private static readonly HashSet<string> _stopWords =
    [
        "a", "an", "the", "is", "are", "was", "be", "what", "whats", "how", "why", "who", "which", "when", "does", "do", "did",
        "of", "to", "in", "on", "for", "and", "or", "with", "about", "my", "me", "i", "it", "its", "can", "will", "there",
        "not", "cannot", "cant", "dont", "don", "doesnt", "doesn", "didnt", "didn", "isnt", "isn", "wont", "won", "im", "ive",
        "am", "feel", "feeling", "very",
    ];

    /// <summary>The words to search for, lowercased, in order; empty when nothing searchable was typed.</summary>
    public static IReadOnlyList<string> Terms(string? text) => Terms(text, SiteLanguage.English);

    /// <summary>
    /// The words to search for in <paramref name="language"/>: English drops its filler words and contractions' endings,
    /// Spanish its own filler ("no puedo respirar" searches for "respirar"), accents kept as typed.
    /// </summary>
    public static IReadOnlyList<string> Terms(string? text, SiteLanguage language)
    {
        ArgumentNullException.ThrowIfNull(language);
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var limited = text.Length > MaxLength ? text[..MaxLength] : text;
        var cleaned = new StringBuilder(limited.Length);
        // "can't" is "can", "don't" is "don", "doctor's" is "doctor": the ending would otherwise be searched as a word
        // of its own ("t", which every "CAR-T" contains).
        foreach (var c in language.IsOriginal ? Contraction().Replace(Normalized(limited), "") : Normalized(limited))
        {
            cleaned.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }

        var words = cleaned.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(t => t.Length <= 40).ToList();
        var meaningful = words.Where(w => language.IsOriginal ? !_stopWords.Contains(w) : !SpanishText.IsStopWord(w)).ToList();
        return (meaningful.Count > 0 ? meaningful : words).Take(MaxTerms).ToList();
    }

    /// <summary>
    /// The phrase as typed (last word as a prefix, for search-as-you-type), or all the words anywhere, or the
    /// words run together ("car t" finds "CART"), for SQLite's FTS5. Null when there is nothing to search for.
    /// </summary>
    public static string? ToFts(IReadOnlyList<string> terms) => Build(terms, _fts5, SpellingVariants.Of)?.Query;

    /// <summary>
    /// The FTS5 query for the Spanish index, whose matching columns hold stems (see <see cref="SpanishText"/>): every
    /// word cut to its stem as the text was, no English spellings.
    /// </summary>
    public static string? ToSpanishFts(IReadOnlyList<string> terms) => Build(terms, _fts5, word => [SpanishText.Stem(word)])?.Query;

    /// <summary>
    /// The stems a Spanish query matches, and the stem of its last word when it is also taken as the start of longer
    /// words: what <see cref="SpanishText.Snippet"/> marks.
    /// </summary>
    public static (HashSet<string> Stems, List<string> Prefixes) SpanishStems(IReadOnlyList<string> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var stems = terms.Select(SpanishText.Stem).ToHashSet(StringComparer.Ordinal);
        if (terms.Count > 1)
        {
            stems.Add(SpanishText.Stem(string.Concat(terms)));
        }

        List<string> prefixes = terms.Count > 0 && terms[^1].Length >= MinPrefixLength ? [SpanishText.Stem(terms[^1])] : [];
        return (stems, prefixes);
    }

    /// <summary>
    /// The same query as <see cref="ToFts"/>, for PostgreSQL's to_tsquery: phrases as "word &lt;-&gt; word", the last word
    /// as a prefix ("word:*"), alternatives joined by "|". Terms hold only letters and digits (see <see cref="Terms(string?)"/>),
    /// so no tsquery operator can come from what a reader typed; the query is still sent as a parameter. Its
    /// <see cref="StoreQuery.Phrases"/> are what FTS5 scores one by one (each quoted string), for the same bm25 rank.
    /// </summary>
    public static StoreQuery? ToTsQuery(IReadOnlyList<string> terms) => Build(terms, _tsQuery, SpellingVariants.Of);

    /// <summary>
    /// The same for PostgreSQL's Spanish index: the words as typed, with no English spellings; the 'therapyguide_es'
    /// configuration takes their accents off and stems them as it did the text.
    /// </summary>
    public static StoreQuery? ToSpanishTsQuery(IReadOnlyList<string> terms) => Build(terms, _tsQuery, word => [word]);

    private static readonly QuerySyntax _fts5 = new(
        "*", word => $"\"{word}\"", (words, prefix) => $"\"{string.Join(' ', words)}\"{prefix}", " AND ", " OR ");

    private static readonly QuerySyntax _tsQuery = new(
        ":*", word => word, (words, prefix) => "(" + string.Join(" <-> ", words.Select((word, i) => i == words.Count - 1 ? word + prefix : word)) + ")", " & ", " | ");

    private static StoreQuery? Build(IReadOnlyList<string> terms, QuerySyntax syntax, Func<string, IReadOnlyList<string>> formsOf)
    {
        ArgumentNullException.ThrowIfNull(terms);
        if (terms.Count == 0)
        {
            return null;
        }

        // Only a last word of two letters or more is taken as the start of a longer one (the index keeps 2- and
        // 3-letter prefixes): "t*" would match every word beginning with t, which is slow and finds nothing useful.
        var last = terms[^1].Length >= MinPrefixLength ? syntax.Prefix : "";
        // Every word in each of its spellings (American and British), the first phrase as typed.
        var spellings = terms.Select(formsOf).ToList();
        var phrases = new List<string>();
        string Phrase(string phrase)
        {
            phrases.Add(phrase);
            return phrase;
        }

        var alternatives = Phrases(spellings).Select(words => Phrase(syntax.Phrase(words.ToList(), last))).ToList();
        if (terms.Count > 1)
        {
            alternatives.Add("(" + string.Join(syntax.And, spellings.Select((forms, i) => AnyOf(forms, i == terms.Count - 1 ? last : "", syntax, Phrase))) + ")");
            var joined = formsOf(string.Concat(terms))[0];
            if (terms.Count <= 3 && joined.Length <= 24)
            {
                alternatives.Add(Phrase(syntax.Word(joined)));
            }
        }

        return new StoreQuery(string.Join(syntax.Or, alternatives), phrases);
    }

    /// <summary>The words in each mix of their spellings, as typed first, at most <see cref="MaxPhrases"/>.</summary>
    private static IEnumerable<IEnumerable<string>> Phrases(List<IReadOnlyList<string>> spellings)
    {
        IEnumerable<IEnumerable<string>> phrases = [[]];
        foreach (var forms in spellings)
        {
            phrases = phrases.SelectMany(words => forms.Select(form => words.Append(form))).Take(MaxPhrases).ToList();
        }

        return phrases;
    }

    private static string AnyOf(IReadOnlyList<string> forms, string prefix, QuerySyntax syntax, Func<string, string> phrase) =>
        forms.Count == 1 ? phrase(syntax.Word(forms[0]) + prefix) : "(" + string.Join(syntax.Or, forms.Select(form => phrase(syntax.Word(form) + prefix))) + ")";

    /// <summary>
    /// A query in one store's syntax, and its phrases (every quoted string of the FTS5 query: the phrases as typed, each
    /// word in each spelling, the words run together), each a query of its own.
    /// </summary>
    public sealed record StoreQuery(string Query, IReadOnlyList<string> Phrases);

    /// <summary>How one store's full-text search spells a word, a phrase (with its last word as a prefix), AND and OR.</summary>
    private sealed record QuerySyntax(string Prefix, Func<string, string> Word, Func<IReadOnlyList<string>, string, string> Phrase, string And, string Or);

    /// <summary>An apostrophe and the ending of a contraction or possessive: can't, don't, doctor's, I'm, I've, it'll.</summary>
    [GeneratedRegex(@"(?<=\p{L})['\u2019\u02BC](?:t|s|d|m|ll|re|ve)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Contraction();

    /// <summary>
    /// Full-width and compatibility forms folded ("ｌｕｐｕｓ" is "lupus"). Text that is not valid Unicode (a lone
    /// surrogate, U+FFFF) cannot be normalized; it is searched as typed, and those characters are not letters anyway.
    /// </summary>
    private static string Normalized(string text)
    {
        try
        {
            return text.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            return text;
        }
    }

    public static bool WasShortened(string? text) => text is not null && text.Length > MaxLength;

    /// <summary>The words as the page repeats them back ("car t").</summary>
    public static string Describe(IReadOnlyList<string> terms) => string.Join(' ', terms).ToString(CultureInfo.InvariantCulture);
}
