using TherapyGuide.Web.Accounts;

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
        builder.Services.AddRazorPages(options =>
        {
            options.Conventions.Add(new PageMethods());
            options.Conventions.ConfigureFilter(new NulCharacterFilter());
            options.Conventions.AuthorizeAreaFolder("Admin", "/", Roles.EditorPolicy);
            options.Conventions.AuthorizeAreaFolder("Admin", "/Users", Roles.AdminPolicy);
            options.Conventions.AuthorizeAreaPage("Admin", "/Audit", Roles.AdminPolicy);
            options.Conventions.AuthorizeAreaPage("Admin", "/Backup", Roles.AdminPolicy);
            options.Conventions.AuthorizeAreaPage("Admin", "/Experiences/Erase", Roles.AdminPolicy);
            options.Conventions.AllowAnonymousToAreaPage("Admin", "/SignIn");
            options.Conventions.AllowAnonymousToAreaPage("Admin", "/Denied");
            options.Conventions.AllowAnonymousToAreaPage("Admin", "/ResetPassword");
        }).AddMvcOptions(options =>
        {
            options.Filters.Add<Caching.FrontCacheHeaders>();
            options.ModelBinderProviders.Insert(0, new LineEndingsModelBinderProvider());
        });
        return builder;
    }
}
