using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TherapyGuide.Web.Content;
using TherapyGuide.Web.Data;

namespace TherapyGuide.Testing;

/// <summary>
/// The real site over a real store of its own (a SQLite file, or a PostgreSQL database when the run says so: see
/// <see cref="TestStore"/>), seeded from data/content as on a first start: a copy of the <see cref="TemplateStore"/>
/// unless the test chose the store, the content folder or a setting that shapes the store.
/// Pass the same database path to a second instance to simulate a restart.
/// </summary>
public sealed partial class TestSite : WebApplicationFactory<Program>
{
    // Settings that change what a first start puts in the store: a site given one of them makes its own.
    private static readonly string[] _storeSettings = ["ConnectionStrings:", "TherapyGuide:SeedOnStart", "TherapyGuide:ContentPath", "TherapyGuide:KeyRing:"];

    private readonly bool _ownsDatabase;
    private readonly bool _defaultContent;
    private readonly string _contentPath;
    private readonly Lock _preparing = new();
    private bool _prepared;
    private bool _usesTemplate;

    /// <param name="databasePath">The store; a new one of its own (deleted afterwards) when null.</param>
    /// <param name="contentPath">The content folder to seed from; the repository's data/content when null.</param>
    public TestSite(string? databasePath = null, string? contentPath = null)
    {
        _ownsDatabase = databasePath is null;
        _defaultContent = contentPath is null;
        DatabasePath = databasePath ?? NewDatabasePath();
        _contentPath = contentPath ?? RepositoryPaths.Content;
    }

    public string DatabasePath { get; }

    public string ConnectionString => TestStore.ConnectionString(DatabasePath);

    /// <summary>Configuration to set on top of appsettings.json, such as <c>TherapyGuide:RateLimits:ReaderFormsPerWindow</c>.</summary>
    public Dictionary<string, string> Settings { get; } = [];

    /// <summary>
    /// Leaves TherapyGuide:RequireHttps unset, as a deployment does, for tests of the transport a deployment gets by default;
    /// otherwise the test site turns it off, as a developer's machine does.
    /// </summary>
    public bool AsDeployed { get; init; }

    /// <summary>Services put in place of the site's own, such as a stand-in the test controls.</summary>
    public Action<IServiceCollection>? TestServices { get; init; }

    /// <summary>Starts on an empty store that the site migrates and seeds itself, for tests of the first start itself.</summary>
    public bool FirstStart { get; init; }

    public static string NewDatabasePath() =>
        Path.Combine(Path.GetTempPath(), "therapyguide-tests", $"{Guid.NewGuid():N}.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in TestStore.Settings(DatabasePath))
        {
            builder.UseSetting(key, value);
        }

        builder.UseSetting("TherapyGuide:ContentPath", _contentPath);
        // Plain http, as a browser on a developer's machine, and many sites in one process: no JIT profile.
        if (!AsDeployed)
        {
            builder.UseSetting("TherapyGuide:RequireHttps", "false");
        }

        builder.UseSetting("TherapyGuide:StartupProfile", "false");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        if (TestServices is not null)
        {
            builder.ConfigureTestServices(TestServices);
        }

        SiteStarts.Record(nameof(TestSite), PrepareStore() ? "template copy" : "own store");
    }

    /// <summary>Puts a copy of the template store in place before the first start; true when the site runs on one.</summary>
    private bool PrepareStore()
    {
        lock (_preparing)
        {
            if (!_prepared)
            {
                _prepared = true;
                var exists = TestStore.Exists(DatabasePath);
                if (_ownsDatabase && _defaultContent && !FirstStart && !exists
                    && !Settings.Keys.Any(key => _storeSettings.Any(prefix => key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))))
                {
                    TemplateStore.CopyTo(DatabasePath);
                    _usesTemplate = true;
                }
                else if (!exists && !Settings.Keys.Any(key => key.StartsWith("ConnectionStrings:", StringComparison.OrdinalIgnoreCase)))
                {
                    TestStore.CreateDatabase(DatabasePath);
                }
            }

            return _usesTemplate;
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _ownsDatabase)
        {
            DeleteDatabase(DatabasePath);
        }
    }

    /// <summary>The id of the stored item with this slug.</summary>
    public async Task<int> IdOfAsync<T>(Func<TherapyGuideDbContext, IQueryable<T>> set, string slug)
        where T : ContentItem
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TherapyGuideDbContext>();
        return await set(db).Where(x => x.Slug == slug).Select(x => x.Id).SingleAsync();
    }

    /// <summary>Reads from the store, in a scope of its own.</summary>
    public async Task<T> QueryAsync<T>(Func<TherapyGuideDbContext, Task<T>> query)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<TherapyGuideDbContext>());
    }

    /// <summary>Changes the store behind the site's back (a clock that moved on, a row another node wrote), in a scope of its own.</summary>
    public async Task ExecuteAsync(Func<TherapyGuideDbContext, Task> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        await using var scope = Services.CreateAsyncScope();
        await change(scope.ServiceProvider.GetRequiredService<TherapyGuideDbContext>());
    }

    /// <summary>Deletes the store at this path: its files, or its PostgreSQL database.</summary>
    public static void DeleteDatabase(string path)
    {
        TestStore.DropDatabase(path);
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(path + suffix);
        }
    }
}
