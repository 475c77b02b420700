using System.Diagnostics;
using Npgsql;

namespace TherapyGuide.Web.Data.PostgreSql;

/// <summary>
/// A backup of a PostgreSQL store by PostgreSQL's own pg_dump (custom format: every table, the search index and its
/// text-search configuration; restored with pg_restore into an empty database). The password goes to pg_dump in its
/// environment, never on its command line, where anyone on the machine could read it.
/// </summary>
public static class PostgreSqlDump
{
    /// <summary>pg_dump on the path, else the newest one Debian's postgresql-client packages installed; null when there is none.</summary>
    public static string? FindPgDump()
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, "pg_dump")).FirstOrDefault(File.Exists);
        return onPath ?? (Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(v => Path.Combine(v, "bin", "pg_dump")).Where(File.Exists).Order(StringComparer.Ordinal).LastOrDefault()
            : null);
    }

    /// <summary>Writes the dump to <paramref name="path"/> (made owner-only first); returns its size in bytes.</summary>
    public static async Task<long> WriteToAsync(string pgDump, string connectionString, string path, CancellationToken cancellationToken)
    {
        var store = new NpgsqlConnectionStringBuilder(connectionString);
        var info = new ProcessStartInfo(pgDump) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in new[] { "--format=custom", "--no-owner", "--no-privileges", $"--file={path}" })
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["PGHOST"] = store.Host;
        info.Environment["PGPORT"] = store.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        info.Environment["PGDATABASE"] = store.Database;
        info.Environment["PGUSER"] = store.Username;
        if (!string.IsNullOrEmpty(store.Password))
        {
            info.Environment["PGPASSWORD"] = store.Password;
        }

        // The dump holds the password hashes and the key ring: pg_dump writes into an owner-only file made here.
        StoreFiles.CreateNew(path).Dispose();
        using var process = Process.Start(info) ?? throw new StoreSettingsException($"{pgDump} could not be started.");
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.StandardOutput.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            File.Delete(path);
            throw new StoreSettingsException($"pg_dump failed ({StoreSettings.Describe(connectionString)}): {(await error).Trim()}");
        }

        return new FileInfo(path).Length;
    }
}
