using Microsoft.Extensions.Localization;

namespace TherapyGuide.Web.Languages;

/// <summary>
/// Counted phrases ("1 article", "3 articles"): the resource files hold one entry for each plural form, keyed by the
/// English form, and the language's rule picks the form for the number. English and Spanish have the same rule for
/// whole numbers (one for 1, other for everything else, 0 included: "0 artículos"); a language with more forms (few,
/// many) adds its own rule here.
/// </summary>
public static class PluralPhrases
{
    /// <summary>
    /// The phrase for <paramref name="count"/> in the request's language, its number written in the language's way:
    /// <paramref name="one"/> and <paramref name="other"/> are the English forms, with {0} for the number.
    /// </summary>
    public static LocalizedString Plural(this IStringLocalizer localizer, int count, string one, string other)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        var language = SiteLanguage.Current;
        return localizer[FormFor(language, count) == PluralForm.One ? one : other, count.ToString("N0", language.Culture)];
    }

    /// <summary>The same, for a view's localizer, whose result is written into the page as HTML-safe text.</summary>
    public static Microsoft.AspNetCore.Mvc.Localization.LocalizedHtmlString Plural(
        this Microsoft.AspNetCore.Mvc.Localization.IHtmlLocalizer localizer, int count, string one, string other)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        var language = SiteLanguage.Current;
        return localizer[FormFor(language, count) == PluralForm.One ? one : other, count.ToString("N0", language.Culture)];
    }

    public static PluralForm FormFor(SiteLanguage language, int count)
    {
        ArgumentNullException.ThrowIfNull(language);
        return count == 1 ? PluralForm.One : PluralForm.Other;
    }
}

/// <summary>The plural forms of CLDR's rules that the site's languages use.</summary>
public enum PluralForm
{
    One,
    Other,
}
