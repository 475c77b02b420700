using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;
using TherapyGuide.Web.Protection;

namespace TherapyGuide.Web.Hosting;

/// <summary>What the site refuses: HTTPS-only browsers, rate limits per client address, and the largest requests it reads.</summary>
public static class ProtectionRegistration
{
    public static WebApplicationBuilder AddRequestProtection(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        // A year, as browsers' preload lists and most guidance ask; the framework's default is 30 days. Without
        // includeSubDomains or preload: other hosts under the site's domain are not this site's to commit to HTTPS.
        services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = RetryAfter.OnRejectedAsync;
            // Attempts (POSTs) are limited per client address; showing the form is not.
            var minute = TimeSpan.FromMinutes(1);
            options.AddPolicy(TherapyGuideApplication.SignInRateLimit, context => PerClient(context, limits => (limits.SignInPerMinute, minute), postsOnly: true));
            options.AddPolicy(TherapyGuideApplication.SearchRateLimit, context => PerClient(context, limits => (limits.SearchPerMinute, minute), postsOnly: false));
            // Readers' forms: each form has its own allowance per client address, kept in memory only (no
            // address is ever stored). The benchmark, which posts from one address, raises the limit in configuration.
            options.AddPolicy(TherapyGuideApplication.ReaderFormsRateLimit, context => PerClient(
                context, limits => (limits.ReaderFormsPerWindow, limits.ReaderFormsWindow), postsOnly: true, perEndpoint: true));
        });

        // Kestrel's and the form reader's limits, from TherapyGuide:Limits.
        services.AddOptions<KestrelServerOptions>().Configure<IOptions<TherapyGuideOptions>>((kestrel, options) =>
        {
            kestrel.Limits.MaxRequestBodySize = options.Value.Limits.MaxRequestBodyBytes;
            kestrel.AddServerHeader = false;
        });
        services.AddOptions<FormOptions>().Configure<IOptions<TherapyGuideOptions>>((form, options) =>
        {
            form.ValueCountLimit = options.Value.Limits.MaxFormFields;
            form.ValueLengthLimit = options.Value.Limits.MaxFormValueLength;
            form.MultipartBodyLengthLimit = options.Value.Limits.MaxRequestBodyBytes;
            form.KeyLengthLimit = 200;
        });
        return builder;
    }

    /// <summary>A fixed window of requests per client address (see <see cref="ClientAddress"/>), from TherapyGuide:RateLimits.</summary>
    /// <param name="context">The request.</param>
    /// <param name="limit">How many requests, in what window.</param>
    /// <param name="postsOnly">Count only posts (showing a form is never limited).</param>
    /// <param name="perEndpoint">Give each page its own allowance, rather than one shared by every page of the policy.</param>
    private static RateLimitPartition<string> PerClient(
        HttpContext context, Func<RateLimitOptions, (int Permits, TimeSpan Window)> limit, bool postsOnly, bool perEndpoint = false)
    {
        if (postsOnly && !HttpMethods.IsPost(context.Request.Method))
        {
            return RateLimitPartition.GetNoLimiter("read");
        }

        var (permits, window) = limit(context.RequestServices.GetRequiredService<IOptions<TherapyGuideOptions>>().Value.RateLimits);
        var key = ClientAddress.RateLimitKey(context);
        RetryAfter.RememberWindow(context, window);
        return RateLimitPartition.GetFixedWindowLimiter(
            perEndpoint ? $"{key} {context.GetEndpoint()?.DisplayName}" : key,
            _ => new FixedWindowRateLimiterOptions { PermitLimit = Math.Max(1, permits), Window = window, QueueLimit = 0 });
    }
}
