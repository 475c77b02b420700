using Microsoft.Data.Sqlite;

namespace TherapyGuide.Testing;

/// <summary>
/// A store migrated and seeded from data/content once per test run, then copied for every <see cref="TestSite"/> that
/// would otherwise migrate and seed the very same store itself: a file copy costs milliseconds, a first start seconds.
/// </summary>
public static class TemplateStore
{
    // Built on first use, by one thread, whichever test gets there first; the others wait for it.
    private static readonly Lazy<string> _path = new(Create, LazyThreadSafetyMode.ExecutionAndPublication);

    // A second copy that only restores read, one at a time: the template itself is copied by File.Copy meanwhile,
    // and a connection open on it could leave or take away a -wal file under a copy.
    private static readonly Lazy<string> _restoreSource = new(() =>
    {
        var path = Path.ChangeExtension(_path.Value, ".restore.db");
        CopyTo(path);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                TestSite.DeleteDatabase(path);
            }
            catch (Npgsql.NpgsqlException)
            {
                // The server this run started stops at the same moment, and takes the database with it.
            }
        };
        return path;
    }, LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lock _restoring = new();

    /// <summary>Writes a copy of the template store to <paramref name="databasePath"/>, which must not exist yet.</summary>
    public static void CopyTo(string databasePath)
    {
        var template = _path.Value;
        if (TestStore.OnPostgreSql)
        {
            TestStore.CreateDatabase(databasePath, template);
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(databasePath)!);
        foreach (var suffix in new[] { "", "-wal" })
        {
            if (File.Exists(template + suffix))
            {
                File.Copy(template + suffix, databasePath + suffix);
                if (!OperatingSystem.IsWindows())
                {
                    // As the site makes a store: otherwise its start would narrow the copy and log a warning about it.
                    File.SetUnixFileMode(databasePath + suffix, UnixFileMode.UserRead | UnixFileMode.UserWrite);
                }
            }
        }
    }

    /// <summary>
    /// Writes the template over a store a running site has open, through SQLite's online backup: the site's pooled
    /// connections see the template at their next statement, as if the site had just started on a copy.
    /// On PostgreSQL the database is dropped (closing the site's connections) and copied from the template again.
    /// </summary>
    public static void RestoreInto(string databasePath)
    {
        if (TestStore.OnPostgreSql)
        {
            TestStore.DropDatabase(databasePath);
            TestStore.CreateDatabase(databasePath, _path.Value);
            // Connections the drop cut off while in use went back to the pool afterwards: they go too.
            Npgsql.NpgsqlConnection.ClearAllPools();
            return;
        }

        lock (_restoring)
        {
            using var source = new SqliteConnection($"Data Source={_restoreSource.Value};Pooling=False");
            using var target = new SqliteConnection($"Data Source={databasePath};Pooling=False");
            source.Open();
            target.Open();
            // The site may be writing (its clean-up service runs at start): the backup does not wait on its own, and a
            // busy store answers SQLITE_BUSY at once, so it is tried again for as long as the site's own timeout.
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    source.BackupDatabase(target);
                    return;
                }
                catch (SqliteException busy) when (busy.SqliteErrorCode is 5 or 6 && attempt < 600)
                {
                    Thread.Sleep(50);
                }
            }
        }
    }

    private static string Create()
    {
        // Beside the stores it is copied to, so that they all find the key-encryption key that encrypted its key ring.
        var path = Path.Combine(Path.GetDirectoryName(TestSite.NewDatabasePath())!, $"template-{Guid.NewGuid():N}.db");
        using (var site = new TestSite(path))
        {
            _ = site.Services;
        }

        // Closes the pooled connections, so that SQLite folds the WAL into the store file before it is copied, and so
        // that PostgreSQL copies the database (which it does only while nobody is connected to it).
        SqliteConnection.ClearAllPools();
        Npgsql.NpgsqlConnection.ClearAllPools();
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                TestSite.DeleteDatabase(path);
            }
            catch (Npgsql.NpgsqlException)
            {
                // The server this run started stops at the same moment, and takes the database with it.
            }
        };
        return path;
    }
}
