using System.Net;
using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using TherapyGuide.Web.Data.PostgreSql;
using TherapyGuide.Web.Data.Sqlite;

namespace TherapyGuide.Tests.Data;

/// <summary>
/// Choosing the store: each store's migrations match the model, and a store that cannot be used stops the start
/// with a sentence an operator can act on, not a stack trace.
/// </summary>
public sealed class StoreChoiceTests : IDisposable
{
    private readonly string _database = TestSite.NewDatabasePath();

    public void Dispose() => TestSite.DeleteDatabase(_database);

    [Fact]
    public void Each_stores_migrations_are_in_step_with_the_model()
    {
        using var sqlite = new SqliteStoreContextFactory().CreateDbContext([]);
        using var postgreSql = new PostgreSqlStoreContextFactory().CreateDbContext([]);

        Assert.False(sqlite.Database.HasPendingModelChanges(), "SQLite: add a migration (see the README's Layout section)");
        Assert.False(postgreSql.Database.HasPendingModelChanges(), "PostgreSQL: add a migration (see the README's Layout section)");
        Assert.Equal(
            sqlite.Model.GetEntityTypes().Select(t => t.Name).Order(StringComparer.Ordinal),
            postgreSql.Model.GetEntityTypes().Select(t => t.Name).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("Oracle", null, "TherapyGuide:Store is \"Oracle\": use Sqlite (the default) or PostgreSQL.")]
    [InlineData("PostgreSQL", null, "ConnectionStrings:TherapyGuide must name the database")]
    [InlineData("postgres", "Data Source=/tmp/x.db", "ConnectionStrings:TherapyGuide is not a PostgreSQL connection string")]
    [InlineData("PostgreSQL", "Host=;Database=", "must give the PostgreSQL server's Host and the Database")]
    public async Task A_store_set_up_wrongly_stops_the_start_with_a_plain_sentence(string store, string? connection, string expected)
    {
        var environment = new Dictionary<string, string> { ["TherapyGuide__Store"] = store };
        if (connection is not null)
        {
            environment["ConnectionStrings__TherapyGuide"] = connection;
        }
        else
        {
            environment["ConnectionStrings__TherapyGuide"] = "";
        }

        var (exitCode, _, error) = await SiteProcess.RunUntilExitAsync(_database, environment);

        Assert.Equal(1, exitCode);
        Assert.Contains("TherapyGuide cannot start: ", error, StringComparison.Ordinal);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_postgresql_server_that_cannot_be_reached_is_named_without_its_password()
    {
        var port = UnusedPort();
        var environment = new Dictionary<string, string>
        {
            ["TherapyGuide__Store"] = "PostgreSQL",
            ["ConnectionStrings__TherapyGuide"] = $"Host=127.0.0.1;Port={port};Database=therapyguide;Username=site;Password=never-printed",
        };

        var (exitCode, output, error) = await SiteProcess.RunUntilExitAsync(_database, environment);

        Assert.Equal(1, exitCode);
        Assert.Contains($"TherapyGuide cannot start: Cannot reach the PostgreSQL server (database \"therapyguide\" on 127.0.0.1:{port} as \"site\")", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("never-printed", output + error, StringComparison.Ordinal);
    }

    private static int UnusedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
