using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Razor.TagHelpers;
using TherapyGuide.Web.Languages;

namespace TherapyGuide.Web.Areas.Admin.Translations;

/// <summary>
/// How the editors' area works on a translation: every admin address keeps its English form, and a translation's pages
/// add <c>lang=es</c> (in the query, or as a posted field), so "/admin/side-effects/edit/41?lang=es" edits the Spanish
/// card 41. The request's handlers, and the view that shows what they loaded, then read and write that language's
/// content (<see cref="LanguageScope"/>); the area itself stays in English.
/// </summary>
public static class TranslationScope
{
    /// <summary>The query or form value that names the translation's language.</summary>
    public const string Parameter = "lang";

    /// <summary>The translation's language the request works on, or null for the original's.</summary>
    public static SiteLanguage? Translation => LanguageScope.Content.IsOriginal ? null : LanguageScope.Content;

    /// <summary>
    /// An admin address with the language the request works on (the address itself when it is the original's):
    /// "/admin/history/sideeffect/41" → "/admin/history/sideeffect/41?lang=es".
    /// </summary>
    public static string Address(string address) => Address(address, LanguageScope.Content);

    public static string Address(string address, SiteLanguage language)
    {
        ArgumentNullException.ThrowIfNull(address);
        ArgumentNullException.ThrowIfNull(language);
        return language.IsOriginal ? address : $"{address}{(address.Contains('?', StringComparison.Ordinal) ? '&' : '?')}{Parameter}={language.Code}";
    }

    /// <summary>The language a draft's or a revision's snapshot is written in (<see cref="Content.Editing.ContentForm.TranslationLanguage"/>).</summary>
    public static SiteLanguage LanguageOfSnapshot(string snapshot)
    {
        try
        {
            using var json = System.Text.Json.JsonDocument.Parse(snapshot);
            return json.RootElement.ValueKind == System.Text.Json.JsonValueKind.Object
                && json.RootElement.TryGetProperty("translationLanguage", out var code) && code.ValueKind == System.Text.Json.JsonValueKind.String
                ? SiteLanguage.Find(code.GetString()) ?? SiteLanguage.English
                : SiteLanguage.English;
        }
        catch (System.Text.Json.JsonException)
        {
            return SiteLanguage.English;
        }
    }

    /// <summary>The language a request names, from its query or, for a post, its form.</summary>
    public static async Task<SiteLanguage?> NamedByAsync(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        string? code = request.Query[Parameter];
        if (string.IsNullOrEmpty(code) && request.HasFormContentType)
        {
            try
            {
                code = (await request.ReadFormAsync()).TryGetValue(Parameter, out var posted) ? posted.ToString() : null;
            }
            catch (Exception unreadable) when (unreadable is InvalidDataException or IOException or BadHttpRequestException)
            {
                // A malformed or oversized form: no language here; the framework's binding answers it with its 4xx.
                code = null;
            }
        }

        return SiteLanguage.Find(code) is { IsOriginal: false } language ? language : null;
    }
}

/// <summary>
/// Runs an admin page (binding, handler and view alike) in the language its request names (<see cref="TranslationScope"/>).
/// </summary>
public sealed class TranslationScopeFilter : IAsyncResourceFilter
{
    public async Task OnResourceExecutionAsync(ResourceExecutingContext context, ResourceExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (await TranslationScope.NamedByAsync(context.HttpContext.Request) is { } language)
        {
            using (LanguageScope.Use(language))
            {
                await next();
            }

            return;
        }

        await next();
    }
}

/// <summary>
/// On a page that works on a translation, every form of the editors' area carries the language with it (a hidden
/// <c>lang</c> field), so a post, a draft's buttons, a history's comparison or restore stay in the translation.
/// </summary>
[HtmlTargetElement("form")]
public sealed class TranslationFormTagHelper : TagHelper
{
    public override int Order => 1000;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (TranslationScope.Translation is { } language)
        {
            output.PostContent.AppendHtml($"<input type=\"hidden\" name=\"{TranslationScope.Parameter}\" value=\"{language.Code}\">");
        }
    }
}
