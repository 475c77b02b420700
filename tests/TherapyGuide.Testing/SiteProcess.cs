using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace TherapyGuide.Testing;

/// <summary>
/// The built site run as its own process (<c>dotnet TherapyGuide.Web.dll</c>) on a free loopback port over a given
/// store (see <see cref="TestStore"/>), so that a test can kill it as a crash would.
/// </summary>
public sealed class SiteProcess : IDisposable
{
    private readonly Process _process;
    private readonly Queue<string> _output = new();

    private SiteProcess(Process process, string baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    /// <summary>http://127.0.0.1:PORT, no trailing slash.</summary>
    public string BaseAddress { get; }

    /// <summary>The web project's build output of the same configuration as the tests.</summary>
    public static string WebAssembly
    {
        get
        {
            var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name; // bin/{Debug|Release}/net10.0
            var path = Path.Combine(RepositoryPaths.Root, "src", "TherapyGuide.Web", "bin", configuration, "net10.0", "TherapyGuide.Web.dll");
            return File.Exists(path) ? path : throw new FileNotFoundException("Build the web project first.", path);
        }
    }

    /// <summary>Runs an operator command (<c>users add …</c>) in its own process and returns its exit code and output.</summary>
    public static Task<(int ExitCode, string Output)> RunCommandAsync(string databasePath, string standardInput, params string[] args) =>
        RunCommandAsync(StartInfo(databasePath, args), standardInput);

    /// <summary>Runs an operator command with these settings (a cluster's node's) in its own process.</summary>
    public static Task<(int ExitCode, string Output)> RunCommandAsync(IEnumerable<KeyValuePair<string, string>> settings, string standardInput, params string[] args) =>
        RunCommandAsync(StartInfo(settings, args), standardInput);

    private static async Task<(int ExitCode, string Output)> RunCommandAsync(ProcessStartInfo info, string standardInput)
    {
        using var process = Process.Start(info)!;
        await process.StandardInput.WriteAsync(standardInput);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }

    /// <summary>
    /// Runs the program in its own process with these settings (environment variables, over the store at
    /// <paramref name="databasePath"/>) until it exits, as an operator starting it would; returns its exit code and
    /// everything it wrote.
    /// </summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunUntilExitAsync(
        string databasePath, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var info = StartInfo(databasePath, args);
        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        using var process = Process.Start(info)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }

    /// <summary>Starts the site and waits until /healthz answers.</summary>
    public static Task<SiteProcess> StartAsync(string databasePath)
    {
        SiteStarts.Record(nameof(SiteProcess), databasePath);
        var port = FreePort();
        return StartAsync(StartInfo(databasePath, ["--urls", $"http://127.0.0.1:{port}"]), port);
    }

    /// <summary>
    /// Starts the site with these settings (configuration keys, such as ConnectionStrings:TherapyGuide) and no store of
    /// its own, on <paramref name="port"/>, and waits until /healthz answers: a node of a cluster, which a test may
    /// kill and start again on the same port.
    /// </summary>
    public static Task<SiteProcess> StartAsync(IEnumerable<KeyValuePair<string, string>> settings, int port)
    {
        SiteStarts.Record(nameof(SiteProcess), $"node on port {port}");
        return StartAsync(StartInfo(settings, ["--urls", $"http://127.0.0.1:{port}"]), port);
    }

    private static async Task<SiteProcess> StartAsync(ProcessStartInfo info, int port)
    {
        var address = $"http://127.0.0.1:{port}";
        var process = Process.Start(info)!;
        var site = new SiteProcess(process, address);
        // Drain the output so that the site never blocks on a full pipe; keep the last lines for a failure's message.
        process.OutputDataReceived += (_, e) => site.Remember(e.Data);
        process.ErrorDataReceived += (_, e) => site.Remember(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.StandardInput.Close();

        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            try
            {
                if ((await client.GetAsync(new Uri($"{address}/healthz"))).StatusCode == HttpStatusCode.OK)
                {
                    return site;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // not listening yet
            }

            await Task.Delay(100);
        }

        site.Dispose();
        throw new InvalidOperationException($"The site did not start on {address}:\n{site.LastOutput}");
    }

    /// <summary>The last lines the site wrote.</summary>
    public string LastOutput
    {
        get
        {
            lock (_output)
            {
                return string.Join('\n', _output);
            }
        }
    }

    private void Remember(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.Enqueue(line);
            if (_output.Count > 40)
            {
                _output.Dequeue();
            }
        }
    }

    /// <summary>SIGKILL: no shutdown, no flushing, as a power cut or the OOM killer would do.</summary>
    public void Kill() => _process.Kill(entireProcessTree: true);

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    private static ProcessStartInfo StartInfo(string databasePath, IEnumerable<string> args)
    {
        TestStore.EnsureDatabase(databasePath);
        return StartInfo(TestStore.Settings(databasePath), args);
    }

    private static ProcessStartInfo StartInfo(IEnumerable<KeyValuePair<string, string>> settings, IEnumerable<string> args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(WebAssembly)!,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(WebAssembly);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        // Development keeps cookies usable over plain http on loopback; everything else is as deployed.
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        foreach (var (key, value) in settings)
        {
            info.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        info.Environment["TherapyGuide__ContentPath"] = RepositoryPaths.Content;
        info.Environment["Serilog__MinimumLevel__Default"] = "Warning";
        return info;
    }

    /// <summary>A loopback port nothing listens on now.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
