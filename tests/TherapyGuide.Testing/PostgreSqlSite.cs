namespace TherapyGuide.Testing;

/// <summary>
/// The site on PostgreSQL: a database of its own, copied from a template database that one site of this run migrated
/// and seeded (as <see cref="TemplateStore"/> does for SQLite), or an empty one when the test is about the first start.
/// Usable as a class fixture; the database is dropped afterwards.
/// </summary>
public sealed class PostgreSqlSite : IAsyncLifetime, IDisposable
{
    private static readonly SemaphoreSlim _templateGate = new(1, 1);

    // The key that encrypts the key ring in the store: one for the run, so the template's ring opens in every copy
    // (and no key file is written into the repository's data folder).
    private static readonly string _keyEncryptionKey = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
    private static string? _template;

    public TestSite Site { get; private set; } = null!;

    public string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        ConnectionString = await PostgreSqlServer.NewDatabaseAsync(await TemplateAsync());
        Site = On(ConnectionString);
        _ = Site.Services;
    }

    public async Task DisposeAsync()
    {
        Site?.Dispose();
        if (ConnectionString.Length > 0)
        {
            await PostgreSqlServer.DropDatabaseAsync(ConnectionString);
        }
    }

    public void Dispose() => Site?.Dispose();

    /// <summary>A site (not started yet) on the PostgreSQL database this connection string names.</summary>
    /// <param name="connectionString">The database.</param>
    /// <param name="keyFile">The key-encryption key's file, for a store copied from a SQLite site; the run's own key when null.</param>
    public static TestSite On(string connectionString, string? keyFile = null)
    {
        var site = new TestSite();
        foreach (var (key, value) in Settings(connectionString, keyFile))
        {
            site.Settings[key] = value;
        }

        return site;
    }

    /// <summary>The settings of a site on this database (for a site in its own process too).</summary>
    public static Dictionary<string, string> Settings(string connectionString, string? keyFile = null) => new()
    {
        ["TherapyGuide:Store"] = "PostgreSQL",
        ["ConnectionStrings:TherapyGuide"] = connectionString,
        ["TherapyGuide:RateLimits:SearchPerMinute"] = "1000000",
        [keyFile is null ? "TherapyGuide:KeyRing:EncryptionKey" : "TherapyGuide:KeyRing:KeyFile"] = keyFile ?? _keyEncryptionKey,
    };

    /// <summary>A database of its own, migrated and seeded (a copy of the run's template); drop it with <see cref="PostgreSqlServer.DropDatabaseAsync"/>.</summary>
    public static async Task<string> NewDatabaseAsync() => await PostgreSqlServer.NewDatabaseAsync(await TemplateAsync());

    private static async Task<string> TemplateAsync()
    {
        await _templateGate.WaitAsync();
        try
        {
            if (_template is null)
            {
                var template = await PostgreSqlServer.NewDatabaseAsync();
                using (var site = On(template))
                {
                    _ = site.Services;
                }

                // A database can be copied only while nobody is connected to it.
                Npgsql.NpgsqlConnection.ClearAllPools();
                _template = template;
            }

            return _template;
        }
        finally
        {
            _templateGate.Release();
        }
    }
}
