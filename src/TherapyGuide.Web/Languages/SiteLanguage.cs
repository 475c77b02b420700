using System.Globalization;

namespace TherapyGuide.Web.Languages;

/// <summary>
/// A language the site is written in. English is the original: its pages keep the addresses they always had. Every
/// other language mirrors them under its own prefix ("/es/side-effects"), with the same slugs, so a page's address in
/// another language is always known and a reader can switch between them.
/// </summary>
public sealed class SiteLanguage
{
    private SiteLanguage(string code, string name, string englishName, string culture, string longDate, string monthYear)
    {
        Code = code;
        Name = name;
        EnglishName = englishName;
        Culture = CultureInfo.GetCultureInfo(culture);
        LongDatePattern = longDate;
        MonthYearPattern = monthYear;
    }

    /// <summary>British English, as the site has always been written: "2 December 2026".</summary>
    public static SiteLanguage English { get; } = new("en", "English", "English", "en-GB", "d MMMM yyyy", "MMMM yyyy");

    /// <summary>
    /// Neutral Spanish, for readers in Spain, the Americas and the US alike: "2 de diciembre de 2026", decimal commas.
    /// </summary>
    public static SiteLanguage Spanish { get; } = new("es", "Español", "Spanish", "es", "d 'de' MMMM 'de' yyyy", "MMMM 'de' yyyy");

    /// <summary>Every language, the original first.</summary>
    public static IReadOnlyList<SiteLanguage> All { get; } = [English, Spanish];

    /// <summary>The translations: every language but the original.</summary>
    public static IReadOnlyList<SiteLanguage> Translations { get; } = [Spanish];

    /// <summary>The language of the request being answered (its UI culture), English outside a request.</summary>
    public static SiteLanguage Current => Of(CultureInfo.CurrentUICulture);

    /// <summary>The ISO 639-1 code: the <c>lang</c> attribute, the address prefix and the stored content's language.</summary>
    public string Code { get; }

    /// <summary>The language's name in itself, as the language switch shows it.</summary>
    public string Name { get; }

    /// <summary>The language's name in English, as the editors' area (written in English) names it: "Spanish".</summary>
    public string EnglishName { get; }

    /// <summary>Dates and numbers are written in this culture's conventions.</summary>
    public CultureInfo Culture { get; }

    public string LongDatePattern { get; }

    public string MonthYearPattern { get; }

    public bool IsOriginal => ReferenceEquals(this, English);

    /// <summary>Open Graph's locale ("en_GB", "es_ES").</summary>
    public string OpenGraphLocale => IsOriginal ? "en_GB" : "es_ES";

    /// <summary>The address prefix: empty for English, "/es" for Spanish.</summary>
    public string Prefix => IsOriginal ? "" : "/" + Code;

    public static SiteLanguage Of(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return Find(culture.TwoLetterISOLanguageName) ?? English;
    }

    /// <summary>The language with this code, or null.</summary>
    public static SiteLanguage? Find(string? code) =>
        All.FirstOrDefault(l => string.Equals(l.Code, code, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The language an address is in and the address as English has it: "/es/side-effects" is Spanish
    /// "/side-effects", "/es" Spanish "/". Only a whole first segment counts ("/esperanza" is English).
    /// </summary>
    public static (SiteLanguage Language, string Path) Split(string? path)
    {
        path = string.IsNullOrEmpty(path) ? "/" : path;
        foreach (var language in Translations)
        {
            var prefix = language.Prefix;
            if (path.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
                && (path.Length == prefix.Length || path[prefix.Length] == '/'))
            {
                var rest = path[prefix.Length..];
                return (language, rest.Length == 0 ? "/" : rest);
            }
        }

        return (English, path);
    }

    /// <summary>This language's address for an English one: "/side-effects" → "/es/side-effects", "/" → "/es".</summary>
    public string PathFor(string englishPath)
    {
        ArgumentNullException.ThrowIfNull(englishPath);
        if (IsOriginal)
        {
            return englishPath;
        }

        return englishPath == "/" ? Prefix : Prefix + englishPath;
    }

    /// <summary>A date as this language writes it in full: "3 December 2026", "3 de diciembre de 2026".</summary>
    public string LongDate(DateOnly date) => date.ToString(LongDatePattern, Culture);

    public string LongDate(DateTime date) => date.ToString(LongDatePattern, Culture);

    public override string ToString() => Code;
}
