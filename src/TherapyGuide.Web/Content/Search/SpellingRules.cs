using System.Text.RegularExpressions;

namespace TherapyGuide.Web.Content.Search;

/// <summary>
/// The spelling rules <see cref="SpellingVariants"/> applies beyond the word lists (ae/e, oe/e, -ise/-ize), each a pattern
/// tied to the stems it is for, so that "shoe", "poem" or "size" are never touched.
/// </summary>
internal static partial class SpellingRules
{
    /// <summary>American form → British form, and back, each tied to the stems it is for.</summary>
    public static readonly (Regex From, string To)[] All =
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
