using System.Globalization;
using Serilog;
using Serilog.Configuration;
using Serilog.Formatting.Display;
using Serilog.Settings.Configuration;

namespace TherapyGuide.Web.Hosting;

/// <summary>Serilog, configured from the Serilog section, writing one escaped line per event to standard output.</summary>
public static class LoggingRegistration
{
    /// <summary>The console's own layout: time, level, message, and the exception on the lines after.</summary>
    private const string LineTemplate = "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj}{NewLine}{Exception}";

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
            // The sinks a setting may name are the console's and the file's, which come with Serilog.AspNetCore: named
            // here, so the start does not read the whole dependency manifest to look for others.
            .ReadFrom.Configuration(builder.Configuration, new ConfigurationReaderOptions(
                typeof(ConsoleLoggerConfigurationExtensions).Assembly, typeof(FileLoggerConfigurationExtensions).Assembly))
            .ReadFrom.Services(provider)
            .Enrich.FromLogContext()
            // Last, so that it sees every property the others add: no logged value can forge a line or send escape codes.
            .Enrich.With<ControlCharacterEscaping>()
            // Written on a background thread, so a request never waits for the console, a batch at a time. A line is out
            // within a fifth of a second; the first at once.
            .WriteTo.Sink(
                new StandardOutputBatches(new MessageTemplateTextFormatter(LineTemplate, CultureInfo.InvariantCulture)),
                new BatchingOptions { BufferingTimeLimit = TimeSpan.FromMilliseconds(200), EagerlyEmitFirstEvent = true }));
        return builder;
    }
}
