using TherapyGuide.Web.Impact;

namespace TherapyGuide.Web.Hosting;

/// <summary>Page views counted without tracking, and the editors' figures and charts built from them.</summary>
public static class ImpactRegistration
{
    public static WebApplicationBuilder AddImpact(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<PageViewCounter>();
        builder.Services.AddHostedService<PageViewFlushService>();
        builder.Services.AddScoped<ImpactReport>();
        return builder;
    }
}
