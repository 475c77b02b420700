using System.Globalization;
using System.Text;

namespace TherapyGuide.Web.Content.Search;

/// <summary>
/// Turns what a reader typed into a safe FTS5 query. Only letters and digits survive, every term is quoted,
/// so quotes, stars, NEAR(, AND/OR/NOT, column filters, brackets and SQL are all just words.
/// </summary>
public static class SearchQuery
{
    /// <summary>Longest text searched; the rest of a longer query is ignored (and the page says so).</summary>
    public const int MaxLength = 200;

    public const int MaxTerms = 8;

    /// <summary>The shortest last word that also finds longer words starting with it ("immun" finds "immunotherapy").</summary>
    public const int MinPrefixLength = 2;

    /// <summary>Question words that carry no subject ("what is a T cell?" searches for "t cell").</summary>
    private static readonly HashSet<string> _stopWords =
    [
        "a", "an", "the", "is", "are", "was", "be", "what", "whats", "how", "why", "who", "which", "when", "does", "do", "did",
        "of", "to", "in", "on", "for", "and", "or", "with", "about", "my", "me", "i", "it", "its", "can", "will", "there",
    ];

    /// <summary>The words to search for, lowercased, in order; empty when nothing searchable was typed.</summary>
    public static IReadOnlyList<string> Terms(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var limited = text.Length > MaxLength ? text[..MaxLength] : text;
        var cleaned = new StringBuilder(limited.Length);
        foreach (var c in Normalized(limited))
        {
            cleaned.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }

        var words = cleaned.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(t => t.Length <= 40).ToList();
        var meaningful = words.Where(w => !_stopWords.Contains(w)).ToList();
        return (meaningful.Count > 0 ? meaningful : words).Take(MaxTerms).ToList();
    }

    /// <summary>
    /// The phrase as typed (last word as a prefix, for search-as-you-type), or all the words anywhere, or the
    /// words run together ("car t" finds "CART"). Null when there is nothing to search for.
    /// </summary>
    public static string? ToFts(IReadOnlyList<string> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        if (terms.Count == 0)
        {
            return null;
        }

        // Only a last word of two letters or more is taken as the start of a longer one (the index keeps 2- and
        // 3-letter prefixes): "t*" would match every word beginning with t, which is slow and finds nothing useful.
        var last = terms[^1].Length >= MinPrefixLength ? "*" : "";
        var alternatives = new List<string> { $"\"{string.Join(' ', terms)}\"{last}" };
        if (terms.Count > 1)
        {
            alternatives.Add("(" + string.Join(" AND ", terms.Select((t, i) => i == terms.Count - 1 ? $"\"{t}\"{last}" : $"\"{t}\"")) + ")");
            var joined = string.Concat(terms);
            if (terms.Count <= 3 && joined.Length <= 24)
            {
                alternatives.Add($"\"{joined}\"");
            }
        }

        return string.Join(" OR ", alternatives);
    }

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
