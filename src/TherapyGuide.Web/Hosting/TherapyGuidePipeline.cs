using Serilog;
using TherapyGuide.Web.Caching;
using TherapyGuide.Web.Impact;
using TherapyGuide.Web.Languages;
using TherapyGuide.Web.Pictures;
using TherapyGuide.Web.Protection;
using TherapyGuide.Web.Publishing;

namespace TherapyGuide.Web.Hosting;

/// <summary>The site's middleware, in the order a request meets it, and its endpoints.</summary>
public static class TherapyGuidePipeline
{
    public static WebApplication UseTherapyGuide(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);

        // One log line per request, with its final status, before the error pages re-run anything.
        // Through this host's own logger, not the static Log.Logger, which the last host built in the process replaces.
        var requestLogger = app.Services.GetRequiredService<Serilog.ILogger>();
        app.UseSerilogRequestLogging(options =>
        {
            RequestLogging.Configure(options);
            options.Logger = requestLogger;
        });
        // Before anything can answer (a 304 included), so every response carries the browser's protections.
        app.UseMiddleware<SecurityHeaders>();
        var requireHttps = TherapyGuideApplication.Setting(app.Configuration, nameof(TherapyGuideOptions.RequireHttps));
        if (requireHttps)
        {
            // Acts on HTTPS only: the redirect needs an HTTPS port to go to. Behind a TLS proxy,
            // ASPNETCORE_FORWARDEDHEADERS_ENABLED=true makes its requests count as HTTPS.
            app.UseHttpsRedirection();
        }

        // A friendly page for failures and for every 4xx without a body of its own.
        app.UseExceptionHandler("/error/500");
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        if (requireHttps)
        {
            // Inside the exception handler, which clears a failed response's headers before it re-runs the error page,
            // and before the ETags' 304: every answer over HTTPS carries it.
            app.UseHsts();
        }

        // Outside the ETags' 304 (a reader's browser showing a page again counts) and inside the error pages (a 404 that
        // re-runs the error page is still a 404 here). Output-cached pages pass through it too.
        app.UseMiddleware<PageViewCounting>();
        app.UseMiddleware<PublicPageETags>();
        app.UseRouting();
        app.UseMiddleware<LowercaseAddresses>();
        app.UseMiddleware<WholeStaticFiles>();
        app.UseMiddleware<RequestLimits>();
        // A page the output cache holds is answered here, and what follows is only for the pages it renders: a cached
        // answer needs no language set, no one signed in, no permission checked and no limit. Only public pages are
        // cached, and they are the same for everyone: an editor signed in is shown the readers' copy, and a page rendered
        // for one is kept only if it sets no cookie (the framework's default policy).
        app.UseOutputCache();
        app.UseAuthentication();
        // The request's language comes from its address ("/es/…" is Spanish), whatever the server's own language settings
        // or the browser's: the framework's request culture, which dates, numbers and the resource files follow, and the
        // language of the content the store shows for the rest of the request. An error page takes the language of the
        // address that failed.
        app.UseRequestLocalization(LanguageRouting.Localization);
        app.Use(LanguageRouting.ScopeContentAsync);
        app.UseAuthorization();
        app.UseRateLimiter();
        // Inside the output cache, so a cached page is stored compressed and never compressed again. Not for the
        // editors' pages, which mix a secret (the antiforgery token) with text sent back from the request (BREACH).
        app.UseWhen(context => !TherapyGuideApplication.IsEditorsArea(context.Request.Path), branch => branch.UseResponseCompression());
        app.UseMiddleware<EditorsAreaGuard>(requireHttps);
        app.MapStaticAssets();
        app.MapHealthChecks("/healthz");
        app.MapDiscoverability();
        app.MapPictures();
        app.MapRazorPages().WithStaticAssets();
        return app;
    }
}
