using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TherapyGuide.Web.Data;

namespace TherapyGuide.Tests.Data;

public sealed class StoreSettingsTests
{
    [SqliteFact("SQLite's journal mode, foreign keys and busy timeout; PostgreSQL has these by its nature")]
    public async Task The_store_runs_in_WAL_mode_with_foreign_keys_on_and_waits_when_busy()
    {
        using var site = new TestSite();
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TherapyGuideDbContext>();
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await connection.OpenAsync();

        Assert.Equal("wal", await ScalarAsync(connection, "PRAGMA journal_mode"));
        Assert.Equal("1", await ScalarAsync(connection, "PRAGMA foreign_keys"));
        // Microsoft.Data.Sqlite retries a busy store for the command timeout rather than failing at once.
        Assert.Equal(30, new SqliteConnectionStringBuilder(connection.ConnectionString).DefaultTimeout);
    }

    private static async Task<string> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture) ?? "";
    }
}
