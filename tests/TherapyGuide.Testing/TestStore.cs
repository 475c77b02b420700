using System.Data.Common;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using TherapyGuide.Web.Data;
using TherapyGuide.Web.Data.PostgreSql;
using TherapyGuide.Web.Data.Sqlite;

namespace TherapyGuide.Testing;

/// <summary>
/// Which store the test sites run on: SQLite files by default; PostgreSQL databases (on <see cref="PostgreSqlServer"/>)
/// when THERAPYGUIDE_TEST_STORE=PostgreSQL, so that the same integration suite proves every feature on both (CI runs it
/// once per store). A store is named by a path either way, as <see cref="TestSite.NewDatabasePath"/> gives one: on
/// PostgreSQL the path names a database of its own, so a second site on the same path is a restart there too.
/// </summary>
public static class TestStore
{
    public const string Variable = "THERAPYGUIDE_TEST_STORE";

    /// <summary>True when this run's sites use PostgreSQL.</summary>
    public static bool OnPostgreSql { get; } = Environment.GetEnvironmentVariable(Variable) switch
    {
        null or "" or "Sqlite" or "SQLite" => false,
        "PostgreSQL" or "PostgreSql" => true,
        var other => throw new InvalidOperationException($"{Variable}={other}: use SQLite (the default) or PostgreSQL."),
    };

    /// <summary>The store's name in test output.</summary>
    public static string Name => OnPostgreSql ? "PostgreSQL" : "SQLite";

    /// <summary>The connection string of the store at this path, as the site is given it.</summary>
    public static string ConnectionString(string databasePath) =>
        OnPostgreSql ? PostgreSqlServer.ConnectionString(DatabaseName(databasePath)) : $"Data Source={databasePath}";

    /// <summary>
    /// The site's settings for the store at this path (the store, its connection, and, on PostgreSQL, the key-encryption
    /// key file a SQLite site would find beside its store), to which a test's own settings are added afterwards.
    /// </summary>
    public static IEnumerable<KeyValuePair<string, string>> Settings(string databasePath)
    {
        yield return new("ConnectionStrings:TherapyGuide", ConnectionString(databasePath));
        if (OnPostgreSql)
        {
            yield return new("TherapyGuide:Store", "PostgreSQL");
            yield return new("TherapyGuide:KeyRing:KeyFile", Path.Combine(Path.GetDirectoryName(databasePath)!, "keyring.key"));
        }
    }

    /// <summary>True when the store at this path exists (a file, or a database on the server).</summary>
    public static bool Exists(string databasePath)
    {
        if (!OnPostgreSql)
        {
            return File.Exists(databasePath);
        }

        using var connection = OpenServer();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM pg_database WHERE datname = @name";
        command.Parameters.AddWithValue("name", DatabaseName(databasePath));
        return (long)command.ExecuteScalar()! > 0;
    }

    /// <summary>
    /// On PostgreSQL, makes the database for this path: empty (the site migrates and seeds it on its first start), or
    /// a copy of the database of <paramref name="templatePath"/>. Nothing to do on SQLite, where the site makes the file.
    /// </summary>
    public static void CreateDatabase(string databasePath, string? templatePath = null)
    {
        if (!OnPostgreSql)
        {
            return;
        }

        using var connection = OpenServer();
        using var command = connection.CreateCommand();
        command.CommandText = templatePath is null
            ? $"CREATE DATABASE {DatabaseName(databasePath)}"
            : $"CREATE DATABASE {DatabaseName(databasePath)} TEMPLATE {DatabaseName(templatePath)}";
        command.ExecuteNonQuery();
    }

    /// <summary>Makes the (empty) PostgreSQL database for this path unless it is there already; nothing on SQLite.</summary>
    public static void EnsureDatabase(string databasePath)
    {
        if (OnPostgreSql && !Exists(databasePath))
        {
            CreateDatabase(databasePath);
        }
    }

    /// <summary>Drops the PostgreSQL database of this path, closing whatever is still connected to it.</summary>
    public static void DropDatabase(string databasePath)
    {
        if (!OnPostgreSql)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        using var connection = OpenServer();
        using var command = connection.CreateCommand();
        command.CommandText = $"DROP DATABASE IF EXISTS {DatabaseName(databasePath)} WITH (FORCE)";
        command.ExecuteNonQuery();
    }

    /// <summary>
    /// An open connection of its own (not pooled) to the store at this path, for a test that reads what the site
    /// stored. Write the SQL so both stores take it: identifiers in double quotes (<c>"AspNetUsers"."Email"</c>),
    /// parameters as <c>@name</c>.
    /// </summary>
    public static async Task<DbConnection> OpenAsync(string databasePath, bool readOnly = true)
    {
        DbConnection connection = OnPostgreSql
            ? new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString(databasePath)) { Pooling = false }.ConnectionString)
            : new SqliteConnection($"Data Source={databasePath};Pooling=False{(readOnly ? ";Mode=ReadOnly" : "")}");
        await connection.OpenAsync();
        return connection;
    }

    /// <summary>A context of its own on the store at this path, for a test that reads or changes it while no site runs.</summary>
    public static TherapyGuideDbContext NewContext(string databasePath) => OnPostgreSql
        ? new PostgreSqlStoreContext(new DbContextOptionsBuilder<PostgreSqlStoreContext>().UseNpgsql(ConnectionString(databasePath)).Options)
        : new SqliteStoreContext(new DbContextOptionsBuilder<SqliteStoreContext>().UseSqlite(ConnectionString(databasePath)).Options);

    /// <summary>The first column of the first row of a query (parameters as name, value pairs).</summary>
    public static async Task<object?> ScalarAsync(DbConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        return await command.ExecuteScalarAsync();
    }

    /// <summary>The database's name for a store path: its file name, lower case, letters, digits and _ only.</summary>
    public static string DatabaseName(string databasePath)
    {
        var name = new StringBuilder("tg_");
        foreach (var c in Path.GetFileNameWithoutExtension(databasePath).ToLowerInvariant())
        {
            name.Append(char.IsAsciiLetterOrDigit(c) ? c : '_');
        }

        return name.Length > 63 ? name.ToString(0, 63) : name.ToString();
    }

    private static NpgsqlConnection OpenServer()
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(PostgreSqlServer.ConnectionString("postgres")) { Pooling = false }.ConnectionString);
        connection.Open();
        return connection;
    }
}

/// <summary>
/// A test of something only a SQLite store has (its file, its pragmas, its own backup): skipped, saying so and naming what
/// covers the same ground on PostgreSQL, when the suite runs on PostgreSQL.
/// </summary>
public sealed class SqliteFactAttribute : FactAttribute
{
    /// <param name="onPostgreSql">What covers this on PostgreSQL, or why nothing needs to.</param>
    public SqliteFactAttribute(string onPostgreSql)
    {
        if (TestStore.OnPostgreSql)
        {
            Skip = $"SQLite only: {onPostgreSql}";
        }
    }

    /// <summary>A test of Unix file modes, which Windows does not have: skipped there too.</summary>
    public bool Unix
    {
        get => false;
        set
        {
            if (value && Skip is null && OperatingSystem.IsWindows())
            {
                Skip = "Unix file modes only";
            }
        }
    }
}

/// <summary>A theory about something only a SQLite store has; see <see cref="SqliteFactAttribute"/>.</summary>
public sealed class SqliteTheoryAttribute : TheoryAttribute
{
    /// <param name="onPostgreSql">What covers this on PostgreSQL, or why nothing needs to.</param>
    public SqliteTheoryAttribute(string onPostgreSql)
    {
        if (TestStore.OnPostgreSql)
        {
            Skip = $"SQLite only: {onPostgreSql}";
        }
    }
}
