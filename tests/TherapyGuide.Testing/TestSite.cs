using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TherapyGuide.Web.Content;
using TherapyGuide.Web.Data;

namespace TherapyGuide.Testing;

/// <summary>
/// The real site over a real SQLite file of its own, seeded from data/content as on a first start.
/// Pass the same database path to a second instance to simulate a restart.
/// </summary>
public sealed class TestSite : WebApplicationFactory<Program>
{
    private readonly bool _ownsDatabase;
    private readonly string _contentPath;

    /// <param name="databasePath">The store; a new one of its own (deleted afterwards) when null.</param>
    /// <param name="contentPath">The content folder to seed from; the repository's data/content when null.</param>
    public TestSite(string? databasePath = null, string? contentPath = null)
    {
        _ownsDatabase = databasePath is null;
        DatabasePath = databasePath ?? NewDatabasePath();
        _contentPath = contentPath ?? RepositoryPaths.Content;
    }

    public string DatabasePath { get; }

    public string ConnectionString => $"Data Source={DatabasePath}";

    /// <summary>Configuration to set on top of appsettings.json, such as <c>TherapyGuide:RateLimits:ReaderFormsPerWindow</c>.</summary>
    public Dictionary<string, string> Settings { get; } = [];

    public static string NewDatabasePath() =>
        Path.Combine(Path.GetTempPath(), "therapyguide-tests", $"{Guid.NewGuid():N}.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:TherapyGuide", ConnectionString);
        builder.UseSetting("TherapyGuide:ContentPath", _contentPath);
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
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

    public static void DeleteDatabase(string path)
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(path + suffix);
        }
    }
}
