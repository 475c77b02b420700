namespace TherapyGuide.Web.Content.Search;

/// <summary>
/// The American and British spellings of a word ("leukemia" and "leukaemia"), so that a search finds both whichever
/// is typed. A form that is not a real word costs nothing (it matches nothing); a form that is a different real word
/// would ("for" → "four", "poet" → "pet"), so -or/-our, -er/-re and doubled l come from word lists, and every rule
/// is tied to the stems it is for. Used at query time, so the index and its stemming stay as they are.
/// </summary>
public static class SpellingVariants
{
    /// <summary>Most forms of one word, the word itself included ("anaesthetise" has four).</summary>
    public const int MaxPerWord = 4;

    /// <summary>The word first, then its other spellings; at most <see cref="MaxPerWord"/>.</summary>
    public static IReadOnlyList<string> Of(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var forms = new List<string> { word };
        if (!word.All(char.IsAsciiLetterLower))
        {
            return forms;
        }

        // A word may take more than one rule ("anaesthetise": anesthetise, anaesthetize, anesthetize).
        for (var i = 0; i < forms.Count && forms.Count < MaxPerWord; i++)
        {
            foreach (var form in OtherForms(forms[i]))
            {
                if (forms.Count < MaxPerWord && !forms.Contains(form))
                {
                    forms.Add(form);
                }
            }
        }

        return forms;
    }

    private static IEnumerable<string> OtherForms(string word)
    {
        foreach (var (us, uk) in SpellingLists.WordEndings)
        {
            foreach (var ending in SpellingLists.Endings)
            {
                if (Swap(word, us + ending, uk + ending, wholeWord: false) is { } swapped)
                {
                    yield return swapped;
                }
            }
        }

        foreach (var (us, uk) in SpellingLists.Words)
        {
            foreach (var ending in SpellingLists.Endings)
            {
                if (Swap(word, us + ending, uk + ending, wholeWord: true) is { } swapped)
                {
                    yield return swapped;
                }
            }
        }

        foreach (var (from, to) in SpellingRules.All)
        {
            if (from.IsMatch(word))
            {
                yield return from.Replace(word, to, 1);
            }
        }
    }

    private static string? Swap(string word, string us, string uk, bool wholeWord)
    {
        foreach (var (from, to) in new[] { (us, uk), (uk, us) })
        {
            if (wholeWord ? word == from : word.EndsWith(from, StringComparison.Ordinal))
            {
                return word[..^from.Length] + to;
            }
        }

        return null;
    }
}
