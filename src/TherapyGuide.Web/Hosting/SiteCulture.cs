using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace TherapyGuide.Web.Hosting;

/// <summary>
/// The site's language and its conventions for dates and numbers: British English, so a date reads "2 December 2026"
/// on every page and every printed sheet (site.js formats the print date the same way).
/// </summary>
public static class SiteCulture
{
    public static CultureInfo English { get; } = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>One culture for every request; nothing the browser sends changes it.</summary>
    public static RequestLocalizationOptions Localization { get; } = new()
    {
        DefaultRequestCulture = new RequestCulture(English),
        SupportedCultures = [English],
        SupportedUICultures = [English],
        RequestCultureProviders = [],
    };
}
