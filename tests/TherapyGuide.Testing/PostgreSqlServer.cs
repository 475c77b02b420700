using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace TherapyGuide.Testing;

/// <summary>
/// A real PostgreSQL server on loopback for the tests that need one: the server THERAPYGUIDE_TEST_POSTGRES names (a
/// connection string without a database), else one this test run starts itself from Debian's PostgreSQL binaries
/// (initdb and pg_ctl, in a temp folder, stopped when the run ends), else none: then <see cref="SkipReason"/> says why,
/// and where THERAPYGUIDE_REQUIRE_POSTGRES=1 (CI sets it) the tests fail instead of skipping.
/// </summary>
public static class PostgreSqlServer
{
    public const string ServerVariable = "THERAPYGUIDE_TEST_POSTGRES";
    public const string RequireVariable = "THERAPYGUIDE_REQUIRE_POSTGRES";

    private static readonly Lazy<string> _server = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Why the PostgreSQL tests cannot run here, or null when they can (checked without starting anything).</summary>
    public static string? SkipReason =>
        Environment.GetEnvironmentVariable(RequireVariable) == "1" || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable(ServerVariable)) || BinFolder() is not null
            ? null
            : $"No PostgreSQL server: set {ServerVariable} to one (\"Host=127.0.0.1;Port=5432;Username=postgres\"), or install Debian's postgresql package so the tests start their own.";

    /// <summary>A new, empty database of its own on the server; <paramref name="template"/> copies that database instead.</summary>
    public static async Task<string> NewDatabaseAsync(string? template = null)
    {
        var name = $"tg_{Guid.NewGuid():N}";
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = template is null ? $"CREATE DATABASE {name}" : $"CREATE DATABASE {name} TEMPLATE {new NpgsqlConnectionStringBuilder(template).Database}";
        await command.ExecuteNonQueryAsync();
        return ConnectionString(name);
    }

    /// <summary>Drops a database made by <see cref="NewDatabaseAsync"/>, closing whatever is still connected to it.</summary>
    public static async Task DropDatabaseAsync(string connectionString)
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"DROP DATABASE IF EXISTS {new NpgsqlConnectionStringBuilder(connectionString).Database} WITH (FORCE)";
        await command.ExecuteNonQueryAsync();
    }

    public static string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder(_server.Value) { Database = database, Pooling = true }.ConnectionString;

    private static string Start()
    {
        if (Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } configured)
        {
            return configured;
        }

        var bin = BinFolder() ?? throw new InvalidOperationException(
            $"The tests need PostgreSQL ({RequireVariable}=1 or {TestStore.Variable}=PostgreSQL), and there is none here: install Debian's postgresql package or set {ServerVariable}.");
        // Clusters an earlier run left behind (stopped, as no postmaster.pid says) go first.
        foreach (var stale in Directory.GetDirectories(Path.GetTempPath(), "therapyguide-postgres-*"))
        {
            if (!File.Exists(Path.Combine(stale, "data", "postmaster.pid")))
            {
                DeleteFolder(stale);
            }
        }

        // Not under therapyguide-tests/, which the sites make owner-only: the postgres user must reach this folder.
        var folder = Path.Combine(Path.GetTempPath(), $"therapyguide-postgres-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        // PostgreSQL refuses to run as root: as root, the cluster belongs to the postgres user the package made.
        var asRoot = Environment.UserName == "root";
        if (asRoot)
        {
            Run("chown", "postgres", folder);
        }

        var port = FreePort();
        var data = Path.Combine(folder, "data");
        RunAs(asRoot, Path.Combine(bin, "initdb"), "-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8");
        RunAs(asRoot, Path.Combine(bin, "pg_ctl"), "-D", data, "-l", Path.Combine(folder, "server.log"), "-w", "-o",
            $"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300",
            "start");
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            RunAs(asRoot, Path.Combine(bin, "pg_ctl"), "-D", data, "-m", "immediate", "stop");
            DeleteFolder(folder);
        };
        return $"Host=127.0.0.1;Port={port};Username=postgres";
    }

    private static void DeleteFolder(string folder)
    {
        for (var attempt = 0; attempt < 20 && Directory.Exists(folder); attempt++)
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                Thread.Sleep(100); // the server may still be removing its last files
            }
        }
    }

    private static string? BinFolder() =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(v => Path.Combine(v, "bin")).Where(b => File.Exists(Path.Combine(b, "pg_ctl"))).Order(StringComparer.Ordinal).LastOrDefault()
            : null;

    private static void RunAs(bool asRoot, string program, params string[] args)
    {
        if (asRoot)
        {
            Run("runuser", ["-u", "postgres", "--", program, .. args]);
        }
        else
        {
            Run(program, args);
        }
    }

    private static void Run(string program, params string[] args)
    {
        var info = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', args)} failed ({process.ExitCode}): {output.Result}{error.Result}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
