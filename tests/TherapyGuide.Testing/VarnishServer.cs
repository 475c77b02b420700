using System.Diagnostics;
using System.Text.RegularExpressions;

namespace TherapyGuide.Testing;

/// <summary>
/// Varnish from Debian's packages (varnish, varnish-modules) in front of a cluster's nodes, with the configuration the
/// repository ships: deploy/varnish/therapyguide.vcl as it is, and deploy/varnish/cluster.vcl with the nodes' ports in
/// place of its example ports. Skipped, saying why, where varnishd is missing, unless THERAPYGUIDE_REQUIRE_VARNISH=1
/// (CI sets it).
/// </summary>
public sealed partial class VarnishServer : IDisposable
{
    public const string RequireVariable = "THERAPYGUIDE_REQUIRE_VARNISH";
    private const string Varnishd = "/usr/sbin/varnishd";

    private readonly Process _process;
    private readonly string _folder;
    private readonly string _cli;

    private VarnishServer(Process process, string folder, int port, string cli)
    {
        _process = process;
        _folder = folder;
        _cli = cli;
        BaseAddress = $"http://127.0.0.1:{port}";
    }

    /// <summary>Why the tests that need Varnish cannot run here, or null when they can.</summary>
    public static string? SkipReason =>
        Environment.GetEnvironmentVariable(RequireVariable) == "1" || File.Exists(Varnishd)
            ? null
            : "No Varnish: install Debian's varnish and varnish-modules packages (apt-get install varnish varnish-modules).";

    /// <summary>http://127.0.0.1:PORT, no trailing slash.</summary>
    public string BaseAddress { get; }

    public static string Configuration => Path.Combine(RepositoryPaths.Root, "deploy", "varnish");

    /// <summary>Starts varnishd in front of nodes on these loopback ports and waits until it answers.</summary>
    public static async Task<VarnishServer> StartAsync(params int[] nodePorts)
    {
        ArgumentNullException.ThrowIfNull(nodePorts);
        var folder = Path.Combine(Path.GetTempPath(), $"therapyguide-varnish-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "cluster.vcl"), ClusterFor(nodePorts));
        await File.WriteAllTextAsync(Path.Combine(folder, "secret"), Guid.NewGuid().ToString("N"));
        var port = SiteProcess.FreePort();
        var cli = $"127.0.0.1:{SiteProcess.FreePort()}";
        var info = new ProcessStartInfo(Varnishd) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in (string[])[
            "-F", "-a", $"127.0.0.1:{port}", "-T", cli, "-S", Path.Combine(folder, "secret"), "-n", Path.Combine(folder, "work"),
            "-f", Path.Combine(Configuration, "therapyguide.vcl"), "-p", $"vcl_path={folder}:{Configuration}", "-s", "malloc,64m"])
        {
            info.ArgumentList.Add(arg);
        }

        if (Environment.UserName != "root")
        {
            // Only root can hand the work to Varnish's own users; anyone else runs it all as themselves.
            info.ArgumentList.Add("-j");
            info.ArgumentList.Add("none");
        }

        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new VarnishServer(process, folder, port, cli);
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            try
            {
                using var response = await client.GetAsync(new Uri($"{server.BaseAddress}/healthz"));
                return server;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                await Task.Delay(100);
            }
        }

        server.Dispose();
        throw new InvalidOperationException($"Varnish did not start on port {port}.");
    }

    /// <summary>Compiles the repository's configuration exactly as shipped (varnishd -C): the exit code and what it said on failure.</summary>
    public static async Task<(int ExitCode, string Error)> CompileShippedAsync()
    {
        var work = Path.Combine(Path.GetTempPath(), $"therapyguide-varnish-{Guid.NewGuid():N}");
        var info = new ProcessStartInfo(Varnishd) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in (string[])["-C", "-n", work, "-f", Path.Combine(Configuration, "therapyguide.vcl"), "-p", $"vcl_path={Configuration}"])
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await output;
        await process.WaitForExitAsync();
        if (Directory.Exists(work))
        {
            Directory.Delete(work, recursive: true);
        }

        return (process.ExitCode, error.Length > 2000 ? error[..2000] : error);
    }

    /// <summary>The example cluster.vcl with its two example ports replaced by the nodes' (and more nodes added alike).</summary>
    private static string ClusterFor(int[] ports)
    {
        var example = File.ReadAllText(Path.Combine(Configuration, "cluster.vcl"));
        if (ports.Length != 2 || !example.Contains("\"5001\"", StringComparison.Ordinal) || !example.Contains("\"5002\"", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("deploy/varnish/cluster.vcl is an example for two nodes on ports 5001 and 5002.");
        }

        return example.Replace("\"5001\"", $"\"{ports[0]}\"", StringComparison.Ordinal).Replace("\"5002\"", $"\"{ports[1]}\"", StringComparison.Ordinal);
    }

    /// <summary>Whether Varnish's health probe finds each node healthy now, by backend name (node1, node2).</summary>
    public async Task<IReadOnlyDictionary<string, bool>> HealthAsync()
    {
        var info = new ProcessStartInfo("/usr/bin/varnishadm") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in (string[])["-T", _cli, "-S", Path.Combine(_folder, "secret"), "backend.list"])
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        // "boot.node1   probe   5/5   healthy   …" (Varnish 7.1: Name, Admin, Probe, Health, Last change).
        return BackendLine().Matches(output).ToDictionary(m => m.Groups["name"].Value, m => m.Groups["health"].Value == "healthy");
    }

    /// <summary>Waits until Varnish finds the node healthy (or sick) as <paramref name="healthy"/> says.</summary>
    public async Task WaitForAsync(string backend, bool healthy, TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        while ((await HealthAsync()).GetValueOrDefault(backend) != healthy)
        {
            Assert.True(DateTime.UtcNow < deadline, $"Varnish did not find {backend} {(healthy ? "healthy" : "sick")} within {within.TotalSeconds} s");
            await Task.Delay(100);
        }
    }

    [GeneratedRegex(@"^\S*?\.?(?<name>node\d+)\s+\S+\s+(?:\S+\s+)?(?<health>healthy|sick)", RegexOptions.Multiline)]
    private static partial Regex BackendLine();

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Varnish's children may still be writing their last files: the temp folder is cleared later.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
