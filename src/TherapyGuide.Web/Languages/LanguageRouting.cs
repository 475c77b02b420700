using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace TherapyGuide.Web.Languages;

/// <summary>
/// How a request finds its language: by its address alone ("/es/…" is Spanish, everything else English), never by a
/// header or a cookie, so a page and its cached copy always agree and a shared link opens in the language it was in.
/// </summary>
public static class LanguageRouting
{
    /// <summary>The framework's request culture, chosen from the address; dates and numbers follow it.</summary>
    public static RequestLocalizationOptions Localization { get; } = new()
    {
        DefaultRequestCulture = new RequestCulture(SiteLanguage.English.Culture),
        SupportedCultures = [.. SiteLanguage.All.Select(l => l.Culture)],
        SupportedUICultures = [.. SiteLanguage.All.Select(l => l.Culture)],
        RequestCultureProviders = [new AddressCultureProvider()],
    };

    /// <summary>Reads and writes the request's language's content for the rest of the request (see <see cref="LanguageScope"/>).</summary>
    public static async Task ScopeContentAsync(HttpContext context, RequestDelegate next)
    {
        ArgumentNullException.ThrowIfNull(next);
        using (LanguageScope.Use(SiteLanguage.Current))
        {
            await next(context);
        }
    }

    /// <summary>
    /// The address a request's language is read from: its own, or for an error page the framework runs again in its
    /// place ("/error/404"), the address that failed.
    /// </summary>
    private static string? AddressOf(HttpContext context) =>
        context.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath
        ?? context.Features.Get<IExceptionHandlerPathFeature>()?.Path
        ?? context.Request.Path.Value;

    private sealed class AddressCultureProvider : RequestCultureProvider
    {
        public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
        {
            ArgumentNullException.ThrowIfNull(httpContext);
            var language = SiteLanguage.Split(AddressOf(httpContext)).Language;
            return Task.FromResult<ProviderCultureResult?>(new ProviderCultureResult(language.Culture.Name));
        }
    }
}

/// <summary>
/// Gives every reader's page a second address in each translation: "/side-effects" is also "/es/side-effects", and "/"
/// is also "/es". The editors' area keeps its one address.
/// </summary>
public sealed class TranslatedPageRoutes : IPageRouteModelConvention
{
    public void Apply(PageRouteModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (model.AreaName is not null || model.ViewEnginePath.StartsWith("/Error", StringComparison.Ordinal))
        {
            return;
        }

        foreach (var selector in model.Selectors.ToList())
        {
            if (selector.AttributeRouteModel?.Template is not { } template)
            {
                continue;
            }

            foreach (var language in SiteLanguage.Translations)
            {
                model.Selectors.Add(new SelectorModel
                {
                    AttributeRouteModel = new AttributeRouteModel
                    {
                        Template = AttributeRouteModel.CombineTemplates(language.Code, template),
                        // The English address is the one links are generated for.
                        SuppressLinkGeneration = true,
                    },
                });
            }
        }
    }
}
