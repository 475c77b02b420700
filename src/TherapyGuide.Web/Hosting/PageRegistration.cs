using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;
using TherapyGuide.Web.Accounts;
using TherapyGuide.Web.Languages;

namespace TherapyGuide.Web.Hosting;

/// <summary>Razor Pages: lowercase addresses, the methods each page answers, and who may open the editors' area.</summary>
public static class PageRegistration
{
    public static WebApplicationBuilder AddPages(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.Configure<RouteOptions>(options =>
        {
            options.LowercaseUrls = true;
            options.AppendTrailingSlash = false;
        });
        // Public pages choose their own caching with [OutputCache] (see Caching/PublicPagesCachePolicy).
        // Letters with accents, ñ, ¿ ¡ « » and typographic punctuation are written as themselves, not as "&#xE1;": Spanish
        // pages stay small and readable. Everything that could end an element or an attribute is still encoded, and so
        // are control and format characters (bidirectional overrides among them), which the encoder never allows.
        builder.Services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings =
            new TextEncoderSettings(UnicodeRanges.BasicLatin, UnicodeRanges.Latin1Supplement, UnicodeRanges.GeneralPunctuation));
        // Reader-facing words come from resource files (Resources/…/*.es.resx), looked up by their English text.
        builder.Services.AddLocalization(options => options.ResourcesPath = "Resources");
        builder.Services.AddRazorPages(options =>
        {
            options.Conventions.Add(new PageMethods());
            options.Conventions.Add(new TranslatedPageRoutes());
            options.Conventions.ConfigureFilter(new NulCharacterFilter());
            options.Conventions.AuthorizeAreaFolder("Admin", "/", Roles.EditorPolicy);
            options.Conventions.AuthorizeAreaFolder("Admin", "/Users", Roles.AdminPolicy);
            options.Conventions.AuthorizeAreaPage("Admin", "/Audit", Roles.AdminPolicy);
            options.Conventions.AuthorizeAreaPage("Admin", "/Backup", Roles.AdminPolicy);
            options.Conventions.AuthorizeAreaPage("Admin", "/Experiences/Erase", Roles.AdminPolicy);
            options.Conventions.AddAreaFolderApplicationModelConvention(
                "Admin", "/", model => model.Filters.Add(new Areas.Admin.Translations.TranslationScopeFilter()));
            options.Conventions.AllowAnonymousToAreaPage("Admin", "/SignIn");
            options.Conventions.AllowAnonymousToAreaPage("Admin", "/Denied");
            options.Conventions.AllowAnonymousToAreaPage("Admin", "/ResetPassword");
        }).AddViewLocalization()
        // A form's messages are looked up in its own resource file (Resources/Pages/Feedback/FeedbackForm.es.resx).
        .AddDataAnnotationsLocalization()
        .AddMvcOptions(options =>
        {
            options.Filters.Add<Caching.FrontCacheHeaders>();
            options.ModelBinderProviders.Insert(0, new LineEndingsModelBinderProvider());
        });
        return builder;
    }
}
