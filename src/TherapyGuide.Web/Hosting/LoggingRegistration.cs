using System.Globalization;
using Serilog;

namespace TherapyGuide.Web.Hosting;

/// <summary>Serilog, configured from the Serilog section, writing one escaped line per event to the console.</summary>
public static class LoggingRegistration
{
    /// <param name="builder">The web application builder.</param>
    /// <param name="quiet">Log warnings and errors only, as operator commands do.</param>
    public static WebApplicationBuilder AddSiteLogging(this WebApplicationBuilder builder, bool quiet)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (quiet)
        {
            builder.Configuration["Serilog:MinimumLevel:Default"] = "Warning";
            builder.Configuration["Serilog:MinimumLevel:Override:Microsoft.Hosting.Lifetime"] = "Warning";
        }

        builder.Services.AddSerilog((provider, logging) => logging
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(provider)
            .Enrich.FromLogContext()
            // Last, so that it sees every property the others add: no logged value can forge a line or send escape codes.
            .Enrich.With<ControlCharacterEscaping>()
            // Written on a background thread, so a request never waits for the console.
            .WriteTo.Async(sink => sink.Console(formatProvider: CultureInfo.InvariantCulture)));
        return builder;
    }
}
