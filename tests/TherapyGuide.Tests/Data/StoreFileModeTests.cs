using System.Collections.Concurrent;
using System.Runtime.Versioning;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;
using TherapyGuide.Web.Commands;

namespace TherapyGuide.Tests.Data;

/// <summary>The store, its WAL files and backups are readable by the site's user only, whatever the umask.</summary>
[UnsupportedOSPlatform("windows")]
public sealed class StoreFileModeTests : IDisposable
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode OpenToEveryone = OwnerOnly | UnixFileMode.GroupRead | UnixFileMode.OtherRead;

    private readonly string _root = Path.Combine(Path.GetTempPath(), "therapyguide-tests", $"modes-{Guid.NewGuid():N}");

    [SqliteFact("the server keeps a PostgreSQL store's files, and its backups are pg_dump files the operator writes", Unix = true)]
    public async Task A_new_store_its_folder_and_its_WAL_files_are_open_to_the_site_user_only()
    {
        var folder = Path.Combine(_root, "store");
        var path = Path.Combine(folder, "therapyguide.db");
        using var site = new TestSite(path);
        using var editor = await EditorSession.SignInAsync(site, "modes@example.org"); // writes, so the WAL is in use

        Assert.Equal(OwnerOnly | UnixFileMode.UserExecute, File.GetUnixFileMode(folder));
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            Assert.True(File.Exists(file), file);
            Assert.Equal(OwnerOnly, File.GetUnixFileMode(file));
        }
    }

    [SqliteFact("the server keeps a PostgreSQL store's files, and its backups are pg_dump files the operator writes", Unix = true)]
    public async Task Store_files_open_to_others_are_narrowed_at_start_and_the_log_says_so()
    {
        var path = Path.Combine(_root, "therapyguide.db");
        using (var first = new TestSite(path))
        {
            _ = first.Services;
        }

        foreach (var file in new[] { path, path + "-wal", path + "-shm" }.Where(File.Exists))
        {
            File.SetUnixFileMode(file, OpenToEveryone);
        }

        var log = new CapturedEvents();
        using var second = new TestSite(path);
        using var started = second.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<ILogEventSink>(log)));
        _ = started.Services;

        Assert.Equal(OwnerOnly, File.GetUnixFileMode(path));
        var warning = Assert.Single(log.Events, e => e.Level == LogEventLevel.Warning && e.Properties.TryGetValue("File", out var file) && file.ToString() == $"\"{path}\"");
        Assert.Contains("644", warning.RenderMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [SqliteFact("the server keeps a PostgreSQL store's files, and its backups are pg_dump files the operator writes", Unix = true)]
    public async Task A_backup_is_written_open_to_the_site_user_only()
    {
        using var site = new TestSite();
        var backupPath = Path.Combine(_root, "backups", "therapyguide.db");

        var error = new StringWriter();
        Assert.True(await BackupCommand.RunAsync(["backup", "--to", backupPath], site.Services, TextWriter.Null, error) == 0, error.ToString());

        Assert.Equal(OwnerOnly, File.GetUnixFileMode(backupPath));
        Assert.Equal(OwnerOnly | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.GetDirectoryName(backupPath)!));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private sealed class CapturedEvents : ILogEventSink
    {
        public ConcurrentQueue<LogEvent> Events { get; } = new();

        public void Emit(LogEvent logEvent) => Events.Enqueue(logEvent);
    }
}
