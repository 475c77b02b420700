using Npgsql;

namespace TherapyGuide.Testing;

/// <summary>
/// The site as an operator runs it on several machines, on one: a PostgreSQL database of its own (a copy of the run's
/// template), two nodes in processes of their own on fixed loopback ports, and Varnish in front of them with the
/// repository's configuration (<see cref="VarnishServer"/>); each node purges the front on a save. A test may kill a
/// node and start it again on the same port.
/// </summary>
public sealed class TestCluster : IAsyncDisposable
{
    private readonly SiteProcess?[] _nodes;

    private TestCluster(string connectionString, int[] ports, VarnishServer front, Dictionary<string, string> settings)
    {
        ConnectionString = connectionString;
        Ports = ports;
        Front = front;
        Settings = settings;
        _nodes = new SiteProcess?[ports.Length];
    }

    public string ConnectionString { get; }

    public IReadOnlyList<int> Ports { get; }

    public VarnishServer Front { get; }

    /// <summary>The nodes' settings, as deploy/therapyguide.env gives them (<see cref="DeploySettings"/>).</summary>
    public IReadOnlyDictionary<string, string> Settings { get; }

    /// <summary>Node <paramref name="index"/>'s own address (0 or 1), no trailing slash.</summary>
    public string Node(int index) => $"http://127.0.0.1:{Ports[index]}";

    /// <summary>The name Varnish gives node <paramref name="index"/> (deploy/varnish/cluster.vcl).</summary>
    public static string Backend(int index) => $"node{index + 1}";

    public static async Task<TestCluster> StartAsync()
    {
        var connectionString = await PostgreSqlSite.NewDatabaseAsync();
        int[] ports = [SiteProcess.FreePort(), SiteProcess.FreePort()];
        // The front first: the nodes are told where to send their purges.
        var front = await VarnishServer.StartAsync(ports);
        var settings = DeploySettings(new Dictionary<string, string>(PostgreSqlSite.Settings(connectionString))
        {
            ["TherapyGuide:FrontCache:PurgeAddresses:0"] = front.BaseAddress,
        });
        var cluster = new TestCluster(connectionString, ports, front, settings);
        await Task.WhenAll(cluster.StartAsync(0), cluster.StartAsync(1));
        return cluster;
    }

    /// <summary>
    /// The settings an operator gives every node (deploy/therapyguide.env), with this cluster's database, key and
    /// front in place of the file's; everything else as the file says, but for ASPNETCORE_ENVIRONMENT: the tests serve
    /// plain http on loopback (<see cref="SiteProcess"/> runs the site as Development).
    /// </summary>
    private static Dictionary<string, string> DeploySettings(Dictionary<string, string> ours)
    {
        var file = Path.Combine(RepositoryPaths.Root, "deploy", "therapyguide.env");
        var settings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(file).Select(line => line.Trim()).Where(line => line.Length > 0 && !line.StartsWith('#')))
        {
            var equals = line.IndexOf('=', StringComparison.Ordinal);
            var key = line[..equals].Replace("__", ":", StringComparison.Ordinal);
            if (key != "ASPNETCORE_ENVIRONMENT")
            {
                settings[key] = line[(equals + 1)..];
            }
        }

        foreach (var (key, value) in ours)
        {
            if (key is not "TherapyGuide:RateLimits:SearchPerMinute" && !settings.ContainsKey(key))
            {
                throw new InvalidOperationException($"deploy/therapyguide.env sets no {key.Replace(":", "__", StringComparison.Ordinal)}, which every node needs.");
            }

            settings[key] = value;
        }

        return settings;
    }

    /// <summary>Starts node <paramref name="index"/> (again) on its port and waits until it answers.</summary>
    public async Task StartAsync(int index) => _nodes[index] = await SiteProcess.StartAsync(Settings, Ports[index]);

    /// <summary>SIGKILL, as a power cut would.</summary>
    public void Kill(int index)
    {
        _nodes[index]?.Kill();
        _nodes[index]?.Dispose();
        _nodes[index] = null;
    }

    /// <summary>Adds an editor with the real operator command, run as on a node.</summary>
    public async Task AddEditorAsync(string email)
    {
        var (code, output) = await SiteProcess.RunCommandAsync(Settings, EditorSession.Password + "\n", "users", "add", "--email", email, "--role", "Editor", "--password-stdin");
        Assert.True(code == 0, output);
    }

    /// <summary>One value read straight from the store.</summary>
    public async Task<T> ScalarAsync<T>(string sql, params object[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        return (T)(await command.ExecuteScalarAsync())!;
    }

    public async ValueTask DisposeAsync()
    {
        for (var index = 0; index < _nodes.Length; index++)
        {
            _nodes[index]?.Dispose();
        }

        Front.Dispose();
        await PostgreSqlServer.DropDatabaseAsync(ConnectionString);
    }
}

/// <summary>A test of the cluster (<see cref="TestCluster"/>): skipped, saying why, where PostgreSQL or Varnish is missing.</summary>
public sealed class ClusterFactAttribute : FactAttribute
{
    public ClusterFactAttribute() => Skip = PostgreSqlTests.SkipReason ?? VarnishServer.SkipReason;
}
