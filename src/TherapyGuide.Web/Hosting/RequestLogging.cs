using Microsoft.AspNetCore.Diagnostics;
using Serilog.AspNetCore;
using Serilog.Events;

namespace TherapyGuide.Web.Hosting;

/// <summary>
/// One log line per request: method, path (never the query, which can name an illness), status, duration and the
/// request ID that the error page shows the reader. A failed request is logged as an error with its exception.
/// Headers, cookies, form fields and bodies are never logged, so no password, cookie or antiforgery token is.
/// </summary>
public static class RequestLogging
{
    public const string MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms, request {RequestId}";

    public static void Configure(RequestLoggingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.MessageTemplate = MessageTemplate;
        options.GetLevel = (context, _, exception) =>
            exception is not null || context.Response.StatusCode >= StatusCodes.Status500InternalServerError ? LogEventLevel.Error : LogEventLevel.Information;
        options.EnrichDiagnosticContext = (diagnostics, context) =>
        {
            diagnostics.Set("RequestId", context.TraceIdentifier);
            // Re-executed for the error page: the exception the exception handler caught, with the path it happened on.
            if (context.Features.Get<IExceptionHandlerPathFeature>() is { } failure)
            {
                diagnostics.SetException(failure.Error);
                diagnostics.Set("FailedPath", failure.Path);
            }
        };
    }
}
