using TherapyGuide.Web.Areas.Admin.Pages;
using TherapyGuide.Web.Content.Editing;
using TherapyGuide.Web.Languages;

namespace TherapyGuide.Web.Areas.Admin.Translations;

/// <summary>
/// What a translator sees beside a translation's form: the English original's fields (read only), the English version
/// the stored translation says everything of, and the English changes since then.
/// </summary>
public sealed record TranslationSource(
    SiteLanguage Language, int OriginalId, int OriginalVersion, int? TranslatedVersion, IReadOnlyList<FormField> Fields,
    string OriginalEditPath, CompareModel? Changes)
{
    /// <summary>The translation exists and says less than the English does now.</summary>
    public bool IsBehind => TranslatedVersion is { } translated && translated < OriginalVersion;

    /// <summary>The box "now includes the English changes up to version N" was ticked in the form shown.</summary>
    public bool Includes { get; init; }
}

/// <summary>A field a translation takes from its original (an urgency, a position), shown read only on its form.</summary>
public sealed record FollowedField(string Label, string Value)
{
    /// <summary>The label inside a sentence: "position", "kind of illness", but "CAR-T status" keeps its capitals.</summary>
    public string LabelInSentence => Label.Length > 1 && char.IsUpper(Label[1]) ? Label : Label.ToLowerInvariant();
}

/// <summary>
/// An edit page's heading: "Edit side effect: Fever", or for a translation "Edit Spanish translation: Fiebre", its
/// name marked in its own language.
/// </summary>
public sealed record EditHeading(SiteLanguage? Translation, bool IsNew, string Name, string NewText, string EditText);
