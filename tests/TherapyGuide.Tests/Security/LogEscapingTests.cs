using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Serilog;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Display;
using TherapyGuide.Web.Hosting;

namespace TherapyGuide.Tests.Security;

/// <summary>Nothing a request sends can forge a log line or send escape codes to the operator's terminal.</summary>
public sealed class LogEscapingTests
{
    // The console sink's own default output template.
    private static readonly MessageTemplateTextFormatter _consoleLine =
        new("[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj}{NewLine}{Exception}", CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_path_with_CR_LF_and_ESC_is_logged_on_one_line_with_them_escaped()
    {
        var captured = new CapturedEvents();
        using var site = new TestSite();
        using var app = site.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<ILogEventSink>(captured)));
        using var client = app.CreateClient();

        var response = await client.GetAsync("/a%0d%0aHTTP%20GET%20/admin%20responded%20200%1b[31m");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);

        var line = await captured.WaitForAsync(e => e.MessageTemplate.Text.StartsWith("HTTP ", StringComparison.Ordinal)
            && e.Properties["RequestPath"].ToString().StartsWith("\"/a", StringComparison.Ordinal));
        var written = new StringWriter();
        _consoleLine.Format(line, written);
        var text = written.ToString();

        Assert.Equal(text.TrimEnd('\r', '\n').Length, text.IndexOfAny(['\r', '\n']));
        Assert.DoesNotContain('\u001b', text);
        Assert.Contains(@"HTTP GET /a\r\nHTTP GET /admin responded 200\u001b[31m responded 404", text, StringComparison.Ordinal);
        // Still a property of its own, for whoever searches the log by path.
        Assert.Equal(@"/a\r\nHTTP GET /admin responded 200\u001b[31m", ((ScalarValue)line.Properties["RequestPath"]).Value);
    }

    [Fact]
    public void Text_is_escaped_in_every_property_also_inside_lists_objects_and_dictionaries()
    {
        var captured = new CapturedEvents();
        using var logger = new LoggerConfiguration().Enrich.With<ControlCharacterEscaping>().WriteTo.Sink(captured).CreateLogger();

        logger.Information("{Plain} {Count} {List} {@Object} {Map} {Char}",
            "a\nb", 3, new List<string> { "ok", "c\rd" }, new { Name = "e\u001bf", Inner = new { Tab = "g\th" } },
            new Dictionary<string, string> { ["k\u0085"] = "v\u2028" }, '\u0007');

        var e = Assert.Single(captured.Events);
        var rendered = string.Join(' ', e.Properties.Select(p => p.Value.ToString()));
        Assert.Equal(-1, rendered.AsSpan().IndexOfAnyInRange('\u0000', '\u001f'));
        Assert.Equal(@"""a\nb""", e.Properties["Plain"].ToString());
        Assert.Equal("3", e.Properties["Count"].ToString());
        Assert.Equal(@"[""ok"", ""c\rd""]", e.Properties["List"].ToString());
        Assert.Equal(@"{ Name: ""e\u001bf"", Inner: { Tab: ""g\th"" } }", e.Properties["Object"].ToString());
        Assert.Equal(@"[(""k\u0085"": ""v\u2028"")]", e.Properties["Map"].ToString());
        Assert.Equal(@"""\u0007""", e.Properties["Char"].ToString());
    }

    private sealed class CapturedEvents : ILogEventSink
    {
        public ConcurrentQueue<LogEvent> Events { get; } = new();

        public void Emit(LogEvent logEvent) => Events.Enqueue(logEvent);

        /// <summary>The request line is written after the response reaches the client, so wait for it.</summary>
        public async Task<LogEvent> WaitForAsync(Func<LogEvent, bool> wanted)
        {
            var deadline = DateTime.UtcNow.AddSeconds(10);
            while (true)
            {
                var found = Events.Where(wanted).ToList();
                if (found.Count > 0)
                {
                    return Assert.Single(found);
                }

                Assert.True(DateTime.UtcNow < deadline, "the request was never logged");
                await Task.Delay(20);
            }
        }
    }
}
