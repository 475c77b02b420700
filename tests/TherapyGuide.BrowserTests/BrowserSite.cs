using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace TherapyGuide.BrowserTests;

/// <summary>
/// The real site on a free loopback port over a fresh SQLite file, and Debian's Chromium driven by Playwright.
/// One per test collection: starting Chromium is the slow part.
/// </summary>
public sealed class BrowserSite : IAsyncLifetime, IDisposable
{
    private readonly TestSite _site = new();
    private readonly List<IBrowserContext> _open = [];
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>http://127.0.0.1:PORT, no trailing slash.</summary>
    public string BaseAddress { get; private set; } = "";

    public IServiceProvider Services => _site.Services;

    /// <summary>Screenshots and PDFs land here, for a person to look at.</summary>
    public static string Artifacts { get; } = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "artifacts")).FullName;

    public static string ChromiumPath => Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public async Task InitializeAsync()
    {
        _site.UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        _site.StartServer();
        var addresses = _site.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()
            ?? throw new InvalidOperationException("The server did not say where it listens.");
        BaseAddress = addresses.Addresses.First().TrimEnd('/');

        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"Chromium was not found at {ChromiumPath}. Install it (apt-get install chromium) or set CHROMIUM_PATH.");
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        await _site.DisposeAsync();
    }

    public void Dispose()
    {
        _playwright?.Dispose();
        _site.Dispose();
    }

    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900, bool javaScript = true)
    {
        var context = await NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            JavaScriptEnabled = javaScript,
        });
        return await context.NewPageAsync();
    }

    /// <summary>
    /// A fresh browser context (its own cookies) on this site, closed when the test that opened it ends
    /// (see <see cref="BrowserTest"/>). Left open, a run's few hundred contexts made Chromium slower test by test.
    /// </summary>
    public async Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions options)
    {
        options.BaseURL = BaseAddress;
        var context = await Browser.NewContextAsync(options);
        lock (_open)
        {
            _open.Add(context);
        }

        return context;
    }

    /// <summary>Closes every context opened since the last call.</summary>
    public async Task CloseContextsAsync()
    {
        IBrowserContext[] open;
        lock (_open)
        {
            open = [.. _open];
            _open.Clear();
        }

        foreach (var context in open)
        {
            await context.CloseAsync();
        }
    }
}
