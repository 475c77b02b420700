using Microsoft.Data.Sqlite;

namespace TherapyGuide.Web.Data;

/// <summary>
/// The store and every file holding its secrets (password hashes, the key ring, backups, the key-encryption key)
/// are readable by the site's own user only (mode 600 on Unix, 700 for a folder the site creates), whatever the
/// umask: on a shared machine anyone else who could read them could forge a sign-in.
/// </summary>
public static partial class StoreFiles
{
    /// <summary>rw------- (600).</summary>
    public const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>rwx------ (700), for a folder.</summary>
    public const UnixFileMode OwnerOnlyFolder = OwnerOnly | UnixFileMode.UserExecute;

    private const UnixFileMode OpenToOthers =
        UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
        | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    /// <summary>The store's file, or null for an in-memory store.</summary>
    public static string? DatabasePath(string? connectionString)
    {
        var store = new SqliteConnectionStringBuilder(connectionString);
        return store.Mode == SqliteOpenMode.Memory || string.IsNullOrEmpty(store.DataSource) || store.DataSource == ":memory:"
            ? null
            : Path.GetFullPath(store.DataSource);
    }

    /// <summary>Creates the folder, owner-only, if it is missing; an existing folder is left as the operator made it.</summary>
    public static void CreateFolder(string folder)
    {
        if (Directory.Exists(folder))
        {
            return;
        }

        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
        }
        else
        {
            Directory.CreateDirectory(folder, OwnerOnlyFolder);
        }
    }

    /// <summary>A new file, owner-only from the start (never briefly readable by others); fails if it exists.</summary>
    public static FileStream CreateNew(string path)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerOnly;
        }

        return new FileStream(path, options);
    }

    /// <summary>
    /// Creates the store as an empty owner-only file before SQLite first opens it, which would otherwise create it
    /// by the umask (usually 644); SQLite then gives its -wal and -shm files the same mode as this file.
    /// </summary>
    public static void CreateStore(string databasePath)
    {
        ArgumentException.ThrowIfNullOrEmpty(databasePath);
        if (File.Exists(databasePath))
        {
            return;
        }

        CreateFolder(Path.GetDirectoryName(Path.GetFullPath(databasePath))!);
        try
        {
            CreateNew(databasePath).Dispose();
        }
        catch (IOException) when (File.Exists(databasePath))
        {
            // Another process (a second node, an operator command) created it first: that is fine.
        }
    }

    /// <summary>The store and its -wal and -shm files, narrowed to owner-only where they were open to others (warned).</summary>
    public static void NarrowStore(string databasePath, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(logger);
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            NarrowToOwner(databasePath + suffix, logger);
        }
    }

    /// <summary>Makes an existing file owner-only if others could read or write it, and says so in the log.</summary>
    public static void NarrowToOwner(string path, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(logger);
        if (OperatingSystem.IsWindows() || !File.Exists(path))
        {
            return;
        }

        var mode = File.GetUnixFileMode(path);
        if ((mode & OpenToOthers) == 0)
        {
            return;
        }

        File.SetUnixFileMode(path, mode & ~OpenToOthers);
        LogNarrowed(logger, path, Octal(mode), Octal(mode & ~OpenToOthers));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{File} was open to other users (mode {Mode}); it is now readable by the site's user only (mode {NewMode})")]
    private static partial void LogNarrowed(ILogger logger, string file, string mode, string newMode);

    private static string Octal(UnixFileMode mode) => Convert.ToString((int)mode, 8);
}
