namespace TherapyGuide.Web.Content.Search;

/// <summary>
/// The word lists <see cref="SpellingVariants"/> swaps by: only listed words change, because an -or/-our, -er/-re or
/// doubled-l rule applied to every word would make different real words ("for" → "four").
/// </summary>
internal static class SpellingLists
{
    /// <summary>Endings a listed word may carry ("tumours", "colourful", "neighbourhood").</summary>
    public static readonly string[] Endings =
        ["", "s", "es", "ed", "ing", "al", "ally", "ful", "less", "ite", "ites", "able", "hood", "hoods", "er", "ers", "y", "ment", "ments"];

    /// <summary>-or/-our and -er/-re words, also at the end of a longer word ("watercolour", "epicentre", "millilitre").</summary>
    public static readonly (string Us, string Uk)[] WordEndings =
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
    public static readonly (string Us, string Uk)[] Words =
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
}
