using Npgsql;

namespace TherapyGuide.Web.Data;

/// <summary>The store as configured: TherapyGuide:Store (Sqlite unless set) and ConnectionStrings:TherapyGuide.</summary>
public static class StoreSettings
{
    public const string Setting = "TherapyGuide:Store";

    public const string ConnectionSetting = "ConnectionStrings:TherapyGuide";

    /// <summary>The store named by TherapyGuide:Store: Sqlite when unset; "PostgreSQL" (or "Postgres") in any case.</summary>
    public static StoreKind KindOf(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var value = configuration[Setting]?.Trim();
        return value?.ToUpperInvariant() switch
        {
            null or "" or "SQLITE" => StoreKind.Sqlite,
            "POSTGRESQL" or "POSTGRES" => StoreKind.PostgreSql,
            _ => throw new StoreSettingsException($"{Setting} is \"{value}\": use Sqlite (the default) or PostgreSQL."),
        };
    }

    /// <summary>The PostgreSQL connection string, checked for form: the server is first contacted when the store is prepared.</summary>
    /// <param name="configured">The connection string.</param>
    /// <param name="source">Where it came from, as messages name it: the setting, or "The connection string on standard input".</param>
    public static string PostgreSqlConnection(string? configured, string source = ConnectionSetting)
    {
        if (string.IsNullOrWhiteSpace(configured))
        {
            throw new StoreSettingsException(
                $"{(source == ConnectionSetting ? $"{Setting} is PostgreSQL, so {source}" : source)} must name the database, for example "
                + "\"Host=db.example;Database=therapyguide;Username=therapyguide;Password=…\".");
        }

        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(configured);
        }
        catch (ArgumentException invalid)
        {
            throw new StoreSettingsException($"{source} is not a PostgreSQL connection string: {invalid.Message}", invalid);
        }

        if (string.IsNullOrWhiteSpace(builder.Host) || string.IsNullOrWhiteSpace(builder.Database))
        {
            throw new StoreSettingsException($"{source} must give the PostgreSQL server's Host and the Database to use.");
        }

        return builder.ConnectionString;
    }

    /// <summary>Where a PostgreSQL store lives, for messages: host, port and database, never the password.</summary>
    public static string Describe(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        return $"database \"{builder.Database}\" on {builder.Host}:{builder.Port} as \"{builder.Username}\"";
    }
}
