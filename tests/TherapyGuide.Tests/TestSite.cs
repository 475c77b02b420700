using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace TherapyGuide.Tests;

/// <summary>
/// The real site over a real SQLite file of its own, seeded from data/content as on a first start.
/// Pass the same database path to a second instance to simulate a restart.
/// </summary>
public sealed class TestSite : WebApplicationFactory<Program>
{
    private readonly bool _ownsDatabase;

    public TestSite(string? databasePath = null)
    {
        _ownsDatabase = databasePath is null;
        DatabasePath = databasePath ?? NewDatabasePath();
    }

    public string DatabasePath { get; }

    public string ConnectionString => $"Data Source={DatabasePath}";

    /// <summary>Configuration to set on top of appsettings.json, such as <c>TherapyGuide:ReaderFormsPermitLimit</c>.</summary>
    public Dictionary<string, string> Settings { get; } = [];

    public static string NewDatabasePath() =>
        Path.Combine(Path.GetTempPath(), "therapyguide-tests", $"{Guid.NewGuid():N}.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:TherapyGuide", ConnectionString);
        builder.UseSetting("TherapyGuide:ContentPath", RepositoryPaths.Content);
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

    public static void DeleteDatabase(string path)
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(path + suffix);
        }
    }
}
