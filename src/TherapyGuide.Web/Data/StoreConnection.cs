using Microsoft.Data.Sqlite;

namespace TherapyGuide.Web.Data;

/// <summary>The store's SQLite connection string, as the site opens it.</summary>
internal static class StoreConnection
{
    /// <summary>Foreign keys on and a generous busy timeout, and the database's folder created (owner-only) if missing.</summary>
    public static string For(string configured)
    {
        var builder = new SqliteConnectionStringBuilder(configured);
        if (!configured.Contains("Foreign Keys", StringComparison.OrdinalIgnoreCase))
        {
            builder.ForeignKeys = true;
        }

        if (!configured.Contains("Timeout", StringComparison.OrdinalIgnoreCase))
        {
            builder.DefaultTimeout = 30;
        }

        if (builder.Mode != SqliteOpenMode.Memory && !string.IsNullOrEmpty(builder.DataSource) && builder.DataSource != ":memory:")
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
            if (!string.IsNullOrEmpty(folder))
            {
                StoreFiles.CreateFolder(folder);
            }
        }

        return builder.ToString();
    }
}
