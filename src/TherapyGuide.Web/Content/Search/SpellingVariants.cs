using System.Text.RegularExpressions;

namespace TherapyGuide.Web.Content.Search;

/// <summary>
/// The American and British spellings of a word ("leukemia" and "leukaemia"), so that a search finds both whichever
/// is typed. A form that is not a real word costs nothing (it matches nothing); a form that is a different real word
/// would ("for" → "four", "poet" → "pet"), so -or/-our, -er/-re and doubled l come from word lists, and every rule
/// is tied to the stems it is for. Used at query time, so the index and its stemming stay as they are.
/// </summary>
public static partial class SpellingVariants
{
    /// <summary>Most forms of one word, the word itself included ("anaesthetise" has four).</summary>
    public const int MaxPerWord = 4;

    /// <summary>Endings a listed word may carry ("tumours", "colourful", "neighbourhood").</summary>
    private static readonly string[] _endings =
        ["", "s", "es", "ed", "ing", "al", "ally", "ful", "less", "ite", "ites", "able", "hood", "hoods", "er", "ers", "y", "ment", "ments"];

    /// <summary>-or/-our and -er/-re words, also at the end of a longer word ("watercolour", "epicentre", "millilitre").</summary>
    private static readonly (string Us, string Uk)[] _wordEndings =
    [
        ("armor", "armour"), ("behavior", "behaviour"), ("clamor", "clamour"), ("color", "colour"), ("endeavor", "endeavour"),
        ("favor", "favour"), ("fervor", "fervour"), ("flavor", "flavour"), ("harbor", "harbour"), ("honor", "honour"),
        ("humor", "humour"), ("labor", "labour"), ("neighbor", "neighbour"), ("odor", "odour"), ("parlor", "parlour"),
        ("rigor", "rigour"), ("rumor", "rumour"), ("savor", "savour"), ("tumor", "tumour"), ("valor", "valour"),
        ("vapor", "vapour"), ("vigor", "vigour"),
        ("centered", "centred"), ("centering", "centring"), ("caliber", "calibre"), ("center", "centre"), ("fiber", "fibre"),
        ("liter", "litre"), ("luster", "lustre"), ("meager", "meagre"), ("meter", "metre"), ("saber", "sabre"),
        ("somber", "sombre"), ("specter", "spectre"), ("theater", "theatre"),
    ];

    /// <summary>Whole words only (with the endings above): doubled l and the odd ones out.</summary>
    private static readonly (string Us, string Uk)[] _words =
    [
        ("canceled", "cancelled"), ("canceling", "cancelling"), ("channeled", "channelled"), ("counseling", "counselling"),
        ("counselor", "counsellor"), ("dialed", "dialled"), ("dialing", "dialling"), ("enroll", "enrol"), ("enrollment", "enrolment"),
        ("fueled", "fuelled"), ("fueling", "fuelling"), ("fulfill", "fulfil"), ("fulfillment", "fulfilment"), ("installment", "instalment"),
        ("labeled", "labelled"), ("labeling", "labelling"), ("leveled", "levelled"), ("modeling", "modelling"), ("signaling", "signalling"),
        ("skillful", "skilful"), ("totaled", "totalled"), ("traveled", "travelled"), ("traveler", "traveller"), ("traveling", "travelling"),
        ("willful", "wilful"),
        ("acknowledgment", "acknowledgement"), ("aging", "ageing"), ("aluminum", "aluminium"), ("analog", "analogue"),
        ("artifact", "artefact"), ("catalog", "catalogue"), ("cozy", "cosy"), ("defense", "defence"), ("dialog", "dialogue"),
        ("gray", "grey"), ("judgment", "judgement"), ("license", "licence"), ("maneuver", "manoeuvre"), ("maneuvered", "manoeuvred"),
        ("maneuvering", "manoeuvring"), ("mold", "mould"), ("mustache", "moustache"), ("offense", "offence"), ("pajamas", "pyjamas"),
        ("plow", "plough"), ("practiced", "practised"), ("practicing", "practising"), ("pretense", "pretence"), ("program", "programme"),
        ("skeptical", "sceptical"), ("smolder", "smoulder"), ("sulfur", "sulphur"), ("yogurt", "yoghurt"),
    ];

    /// <summary>American form → British form, and back, each tied to the stems it is for.</summary>
    private static readonly (Regex From, string To)[] _rules =
    [
        // -emia/-aemia after a consonant: anemia, leukemia, septicemia, ischemia, hypoglycemia (and -emic).
        (UsEmia(), "aemi"), (UkAemia(), "emi"),
        // hem(a|o)-: hemoglobin, hematology, hemorrhage, hemophilia (not "hemisphere", "them", "chemo").
        (UsHaem(), "haem"), (UkHaem(), "hem"),
        (UsPaed(), "${prefix}paed"), (UkPaed(), "${prefix}ped"),
        (UsAnaesth(), "anaesth"), (UkAnaesth(), "anesth"),
        (UsAesthetic(), "aesthe"), (UkAesthetic(), "esthe"),
        (UsGynaec(), "gynaec"), (UkGynaec(), "gynec"),
        (UsCaesar(), "caesar"), (UkCaesar(), "cesar"),
        (UsFaeces(), "faec"), (UkFaeces(), "fec"),
        (UsAetiology(), "aetiol"), (UkAetiology(), "etiol"),
        // oe only in these stems: "shoe", "does", "goes", "poem", "poet" are never touched.
        (UsOedema(), "oe"), (UkOedema(), "e"),
        (UsFoetus(), "foet"), (UkFoetus(), "fet"),
        (UsCoeliac(), "coeliac"), (UkCoeliac(), "celiac"),
        (UsDiarrhoea(), "rrhoea"), (UkDiarrhoea(), "rrhea"),
        (UsDyspnoea(), "pnoea"), (UkDyspnoea(), "pnea"),
        (UsAmoeba(), "amoeb"), (UkAmoeba(), "ameb"),
        (UsHomoeopathy(), "homoeop"), (UkHomoeopathy(), "homeop"),
        // -ize/-ise and -yze/-yse, with at least three letters before them: "size", "prize", "seize", "raise", "noise" stay.
        (UsIse(), "${stem}is${ending}"), (UkIze(), "${stem}iz${ending}"),
        (UsYse(), "${stem}ys${ending}"), (UkYze(), "${stem}yz${ending}"),
    ];

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
        foreach (var (us, uk) in _wordEndings)
        {
            foreach (var ending in _endings)
            {
                if (Swap(word, us + ending, uk + ending, wholeWord: false) is { } swapped)
                {
                    yield return swapped;
                }
            }
        }

        foreach (var (us, uk) in _words)
        {
            foreach (var ending in _endings)
            {
                if (Swap(word, us + ending, uk + ending, wholeWord: true) is { } swapped)
                {
                    yield return swapped;
                }
            }
        }

        foreach (var (from, to) in _rules)
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

    private const string Consonant = "[b-df-hj-np-tv-z]";

    [GeneratedRegex($"(?<={Consonant})emi(?=as?$|c$)")]
    private static partial Regex UsEmia();

    [GeneratedRegex($"(?<={Consonant})aemi(?=as?$|c$)")]
    private static partial Regex UkAemia();

    [GeneratedRegex("^hem(?=[ao])")]
    private static partial Regex UsHaem();

    [GeneratedRegex("^haem(?=[ao])")]
    private static partial Regex UkHaem();

    [GeneratedRegex("^(?<prefix>ortho|encyclo)?ped(?=[io])")]
    private static partial Regex UsPaed();

    [GeneratedRegex("^(?<prefix>ortho|encyclo)?paed(?=[io])")]
    private static partial Regex UkPaed();

    [GeneratedRegex("anesth")]
    private static partial Regex UsAnaesth();

    [GeneratedRegex("anaesth")]
    private static partial Regex UkAnaesth();

    [GeneratedRegex("^esthe")]
    private static partial Regex UsAesthetic();

    [GeneratedRegex("^aesthe")]
    private static partial Regex UkAesthetic();

    [GeneratedRegex("^gynec")]
    private static partial Regex UsGynaec();

    [GeneratedRegex("^gynaec")]
    private static partial Regex UkGynaec();

    [GeneratedRegex("^cesar")]
    private static partial Regex UsCaesar();

    [GeneratedRegex("^caesar")]
    private static partial Regex UkCaesar();

    [GeneratedRegex("^fec(?=es|al)")]
    private static partial Regex UsFaeces();

    [GeneratedRegex("^faec(?=es|al)")]
    private static partial Regex UkFaeces();

    [GeneratedRegex("^etiol")]
    private static partial Regex UsAetiology();

    [GeneratedRegex("^aetiol")]
    private static partial Regex UkAetiology();

    [GeneratedRegex("^e(?=dem|sophag|strog|strad)")]
    private static partial Regex UsOedema();

    [GeneratedRegex("^oe(?=dem|sophag|strog|strad)")]
    private static partial Regex UkOedema();

    [GeneratedRegex("^fet(?=us|al)")]
    private static partial Regex UsFoetus();

    [GeneratedRegex("^foet(?=us|al)")]
    private static partial Regex UkFoetus();

    [GeneratedRegex("^celiac")]
    private static partial Regex UsCoeliac();

    [GeneratedRegex("^coeliac")]
    private static partial Regex UkCoeliac();

    [GeneratedRegex("rrhea")]
    private static partial Regex UsDiarrhoea();

    [GeneratedRegex("rrhoea")]
    private static partial Regex UkDiarrhoea();

    [GeneratedRegex("(?<=[a-z])pnea")]
    private static partial Regex UsDyspnoea();

    [GeneratedRegex("(?<=[a-z])pnoea")]
    private static partial Regex UkDyspnoea();

    [GeneratedRegex("^ameb")]
    private static partial Regex UsAmoeba();

    [GeneratedRegex("^amoeb")]
    private static partial Regex UkAmoeba();

    [GeneratedRegex("^homeop")]
    private static partial Regex UsHomoeopathy();

    [GeneratedRegex("^homoeop")]
    private static partial Regex UkHomoeopathy();

    [GeneratedRegex("^(?<stem>[a-z]{3,})iz(?<ending>e|es|ed|ing|er|ers|ation|ations|able)$")]
    private static partial Regex UsIse();

    [GeneratedRegex("^(?<stem>[a-z]{3,})is(?<ending>e|es|ed|ing|er|ers|ation|ations|able)$")]
    private static partial Regex UkIze();

    [GeneratedRegex("^(?<stem>[a-z]{2,})yz(?<ending>e|es|ed|ing|er|ers)$")]
    private static partial Regex UsYse();

    [GeneratedRegex("^(?<stem>[a-z]{2,})ys(?<ending>e|es|ed|ing|er|ers)$")]
    private static partial Regex UkYze();
}
