using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace TherapyGuide.Tests.Security;

/// <summary>What the site writes to its log: one line per request with its ID, status and duration, and no secret.</summary>
public sealed class LoggingTests
{
    [Fact]
    public async Task Requests_are_logged_once_with_their_id_status_and_duration_and_no_password_cookie_or_token()
    {
        var captured = new CapturedLog();
        using var site = new TestSite();
        using var app = site.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<ILogEventSink>(captured)));
        const string WrongPassword = "not the password at all 123";
        var (code, _, error) = await EditorSession.RunCommandAsync(site, EditorSession.Password + "\n",
            "users", "add", "--email", "logged@example.org", "--role", "Editor", "--password-stdin");
        Assert.True(code == 0, error);

        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        // Another site started later in the same process (as tests in parallel do) must not take over this one's log.
        using var otherSite = new TestSite();
        using var otherClient = otherSite.CreateClient();

        var signInPage = await client.GetAsync("/admin/signin");
        var form = HtmlForm.From(await HtmlForm.ParseAsync(signInPage), "/admin/signin");
        await form.Set("Email", "logged@example.org").Set("Password", WrongPassword).PostAsync(client);
        var signedIn = await form.Set("Email", "logged@example.org").Set("Password", EditorSession.Password).PostAsync(client);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/articles/no-such-article?q=lupus")).StatusCode);

        var secrets = new List<string> { EditorSession.Password, WrongPassword, form["__RequestVerificationToken"]! };
        secrets.AddRange(signInPage.Headers.GetValues("Set-Cookie").Concat(signedIn.Headers.GetValues("Set-Cookie"))
            .Select(c => c.Split(';')[0].Split('=', 2)[1]).Where(v => v.Length > 0));
        Assert.True(secrets.Count >= 5);
        var everything = captured.Text();
        foreach (var secret in secrets)
        {
            Assert.DoesNotContain(secret, everything, StringComparison.Ordinal);
            Assert.DoesNotContain(Uri.EscapeDataString(secret), everything, StringComparison.Ordinal);
        }

        // The request log line is written after the response has reached the test client, so wait for the last one.
        await captured.WaitForAsync(events => events.Count(e => IsRequest(e) && e.Properties["RequestPath"].ToString() == "\"/admin/signin\"" && e.Properties["RequestMethod"].ToString() == "\"POST\"") >= 2
            && events.Any(e => IsRequest(e) && e.Properties["RequestPath"].ToString().Contains("no-such-article", StringComparison.Ordinal)));
        await Task.Delay(200); // time for a wrongly repeated line to show up too
        var requests = captured.Events.Where(IsRequest).ToList();
        var signInPosts = requests.Where(e => e.Properties["RequestMethod"].ToString() == "\"POST\"" && e.Properties["RequestPath"].ToString() == "\"/admin/signin\"").ToList();
        Assert.Equal(2, signInPosts.Count); // once each, not again for anything re-executed
        Assert.All(requests, e =>
        {
            Assert.True(e.Properties.ContainsKey("RequestId"));
            Assert.True(e.Properties.ContainsKey("StatusCode"));
            Assert.True(e.Properties.ContainsKey("Elapsed"));
        });
        var missing = Assert.Single(requests, e => e.Properties["RequestPath"].ToString().Contains("no-such-article", StringComparison.Ordinal));
        Assert.Equal("404", missing.Properties["StatusCode"].ToString());
        Assert.DoesNotContain("lupus", missing.RenderMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal); // the query can name an illness
    }

    private static bool IsRequest(LogEvent e) => e.MessageTemplate.Text.StartsWith("HTTP ", StringComparison.Ordinal);

    private sealed class CapturedLog : ILogEventSink
    {
        public ConcurrentQueue<LogEvent> Events { get; } = new();

        public async Task WaitForAsync(Func<IReadOnlyCollection<LogEvent>, bool> written)
        {
            var deadline = DateTime.UtcNow.AddSeconds(10);
            while (!written(Events.ToArray()))
            {
                Assert.True(DateTime.UtcNow < deadline, "the expected log lines were never written");
                await Task.Delay(20);
            }
        }

        public void Emit(LogEvent logEvent) => Events.Enqueue(logEvent);

        public string Text() => string.Join('\n', Events.Select(e =>
            e.RenderMessage(System.Globalization.CultureInfo.InvariantCulture) + " " + e.Exception + " " + string.Join(' ', e.Properties.Select(p => $"{p.Key}={p.Value}"))));
    }
}
