using System.Diagnostics;
using System.Text.Json;

namespace TherapyGuide.BrowserTests;

/// <summary>Every page's HTML, exactly as served, checked by the W3C Nu HTML Checker: no errors allowed.</summary>
[Collection(SharedBrowser.Name)]
public sealed class HtmlValidityTests(BrowserSite site) : BrowserTest(site)
{
    internal static string CheckerJar =>
        Environment.GetEnvironmentVariable("VNU_JAR") is { Length: > 0 } jar
            ? jar
            : Path.Combine(RepositoryPaths.Root, "tests", "TherapyGuide.BrowserTests", "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    [HtmlCheckerFact]
    public async Task Every_public_and_admin_page_is_valid_html()
    {
        Assert.True(File.Exists(CheckerJar), $"The Nu HTML Checker was not found at {CheckerJar}; run `npm ci` in tests/TherapyGuide.BrowserTests, or set VNU_JAR.");
        var folder = Directory.CreateTempSubdirectory("tg-vnu-");
        try
        {
            var files = new List<string>();
            var page = await Site.NewPageAsync();
            foreach (var (name, address) in PublicPages.All)
            {
                var response = await page.GotoAsync(address);
                files.Add(await SaveAsync(folder.FullName, name, await response!.TextAsync()));
            }

            var admin = await AdminPages.SignedInPageAsync(Site);
            foreach (var (name, address) in AdminPages.All)
            {
                var response = await admin.GotoAsync(address);
                files.Add(await SaveAsync(folder.FullName, name, await response!.TextAsync()));
            }

            var errors = await CheckAsync(files);

            Assert.True(errors.Count == 0, string.Join("\n", errors));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static async Task<string> SaveAsync(string folder, string name, string html)
    {
        var path = Path.Combine(folder, $"{name}.html");
        await File.WriteAllTextAsync(path, html);
        return path;
    }

    internal static async Task<List<string>> CheckAsync(IReadOnlyList<string> files)
    {
        if (!File.Exists(CheckerJar))
        {
            throw new InvalidOperationException($"The Nu HTML Checker is required here but was not found at {CheckerJar}: run `npm ci` in tests/TherapyGuide.BrowserTests.");
        }

        var start = new ProcessStartInfo("java") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in new[] { "-jar", CheckerJar, "--format", "json", "--errors-only" }.Concat(files))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Java could not be started.");
        var report = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        var text = await report;
        if (!text.StartsWith('{'))
        {
            throw new InvalidOperationException($"The Nu HTML Checker did not report in JSON (exit code {process.ExitCode}): {text}");
        }

        using var json = JsonDocument.Parse(text);
        return json.RootElement.GetProperty("messages").EnumerateArray()
            .Where(m => m.GetProperty("type").GetString() == "error")
            .Select(m => $"{Path.GetFileName(m.GetProperty("url").GetString())} line {(m.TryGetProperty("lastLine", out var line) ? line.GetInt32() : 0)}: {m.GetProperty("message").GetString()}")
            .ToList();
    }
}
