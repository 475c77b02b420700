using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using TherapyGuide.Web.Accounts;
using TherapyGuide.Web.Data;
using TherapyGuide.Web.Protection;

namespace TherapyGuide.Web.Hosting;

/// <summary>Editors' accounts: Identity over the store, the sign-in cookie, roles, antiforgery and the key ring.</summary>
public static class AccountRegistration
{
    public static WebApplicationBuilder AddAccounts(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        // Cookies are Secure-only wherever the site is deployed; over plain http on a developer's machine
        // or in the tests (TherapyGuide:RequireHttps false) they follow the request, or nobody could sign in there.
        var cookieSecurity = TherapyGuideApplication.Setting(builder.Configuration, nameof(TherapyGuideOptions.RequireHttps))
            ? CookieSecurePolicy.Always
            : CookieSecurePolicy.SameAsRequest;
        services.AddIdentity<IdentityUser, IdentityRole>(options =>
            {
                // Length over composition rules, as NIST SP 800-63B advises.
                options.Password.RequiredLength = 12;
                options.Password.RequiredUniqueChars = 5;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                // Identity's own lockout is the per-account ceiling (TherapyGuide:SignIn, set below); EditorSignIn
                // holds back one address from one account much sooner.
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = true;
            })
            .AddEntityFrameworkStores<TherapyGuideDbContext>()
            .AddDefaultTokenProviders();
        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "tg.auth";
            // Sent to the editors' area only: public pages are the same for everyone and never need to know.
            options.Cookie.Path = "/admin";
            options.Cookie.HttpOnly = true;
            options.Cookie.SecurePolicy = cookieSecurity;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.LoginPath = "/admin/signin";
            options.LogoutPath = "/admin/signout";
            options.AccessDeniedPath = "/admin/denied";
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
            options.Events.OnValidatePrincipal = ValidateSignInAsync;
        });
        // Sessions live in the store; the cookie holds only a key to one, so sign-out ends it for every copy.
        services.AddSingleton<SignInSessionStore>();
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<SignInSessionStore>((options, sessions) => options.SessionStore = sessions);
        // The security stamp is checked on every request to /admin (a few indexed reads at this scale), so a change of
        // role, a lock, a removal or a new password applies to the person's very next request, not within 30 minutes.
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.Zero);
        services.AddOptions<IdentityOptions>().Configure<IOptions<TherapyGuideOptions>>((identity, site) =>
        {
            identity.Lockout.MaxFailedAccessAttempts = Math.Max(1, site.Value.SignIn.FailuresPerAccount);
            identity.Lockout.DefaultLockoutTimeSpan = site.Value.SignIn.HoldBack;
        });
        services.AddScoped<EditorSignIn>();
        services.AddScoped<EditorAccounts>();
        services.AddAuthorizationBuilder()
            .AddPolicy(Roles.EditorPolicy, policy => policy.RequireRole(Roles.Editor, Roles.Reviewer, Roles.Admin))
            .AddPolicy(Roles.ReviewerPolicy, policy => policy.RequireRole(Roles.Reviewer))
            .AddPolicy(Roles.AdminPolicy, policy => policy.RequireRole(Roles.Admin));
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "tg.af";
            options.Cookie.SecurePolicy = cookieSecurity;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.HeaderName = "X-CSRF-TOKEN";
        });
        services.AddKeyRing();
        return builder;
    }

    /// <summary>
    /// Checks the sign-in against the account on every request (see SecurityStampValidatorOptions above). The validator
    /// asks for the cookie to be written again each time; that is only needed when something about the person changed,
    /// so an unchanged session costs no write (the cookie's own sliding renewal still happens).
    /// </summary>
    private static async Task ValidateSignInAsync(CookieValidatePrincipalContext context)
    {
        var before = Claims(context.Principal);
        await SecurityStampValidator.ValidatePrincipalAsync(context);
        if (context.Principal is not null && before.SetEquals(Claims(context.Principal)))
        {
            context.ShouldRenew = false;
        }

        static HashSet<(string, string)> Claims(System.Security.Claims.ClaimsPrincipal? principal) =>
            principal?.Claims.Select(c => (c.Type, c.Value)).ToHashSet() ?? [];
    }
}
