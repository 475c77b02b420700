using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace TherapyGuide.Web.Data;

/// <summary>
/// A consistent copy of the whole store, made while the site keeps serving: SQLite's VACUUM INTO reads one
/// snapshot (readers and WAL writers carry on) and writes a compact, self-contained database file.
/// </summary>
public sealed class StoreBackup(TherapyGuideDbContext db)
{
    /// <summary>Writes the copy to <paramref name="path"/>, which must not exist yet; returns its size in bytes.</summary>
    public async Task<long> WriteToAsync(string path, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var fullPath = Path.GetFullPath(path);
        if (File.Exists(fullPath))
        {
            throw new IOException($"{fullPath} already exists.");
        }

        var folder = Path.GetDirectoryName(fullPath);
        if (!string.IsNullOrEmpty(folder))
        {
            StoreFiles.CreateFolder(folder);
        }

        // The copy holds the password hashes and the key ring: SQLite would create it readable by everyone, so it
        // writes into an empty owner-only file made here (VACUUM INTO accepts an empty file).
        StoreFiles.CreateNew(fullPath).Dispose();
        try
        {
            // A connection of its own, so that the copy never runs inside a request's transaction.
            await using var connection = new SqliteConnection(db.Database.GetConnectionString());
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "VACUUM INTO $path";
            command.Parameters.AddWithValue("$path", fullPath);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        catch
        {
            File.Delete(fullPath);
            throw;
        }

        return new FileInfo(fullPath).Length;
    }
}
