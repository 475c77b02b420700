using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace TherapyGuide.Tests.Security;

/// <summary>
/// The key ring that signs sign-in cookies is encrypted in the store with a key kept outside it: a copy of the
/// store is not enough to forge a sign-in, and the site does not start with the wrong key.
/// </summary>
public sealed class KeyRingTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "therapyguide-tests", $"keyring-{Guid.NewGuid():N}");
    private readonly string _store = TestSite.NewDatabasePath();

    [Fact]
    public async Task Keys_are_stored_encrypted_and_a_sign_in_survives_a_restart_with_the_same_key_file()
    {
        string signIn;
        using (var first = new TestSite(_store))
        {
            var (code, _, error) = await EditorSession.AddUserAsync(first, "keyring@example.org", "Editor", EditorSession.Password);
            Assert.True(code == 0, error);
            using var client = EditorSession.Client(first);
            var signedIn = await EditorSession.SubmitSignInAsync(client, "keyring@example.org", EditorSession.Password);
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
            signIn = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("tg.auth=", StringComparison.Ordinal)).Split(';')[0];
        }

        var keys = await KeyRowsAsync();
        Assert.NotEmpty(keys);
        Assert.All(keys, xml =>
        {
            Assert.DoesNotContain("masterKey", xml, StringComparison.Ordinal);
            Assert.Contains("encryptedSecret", xml, StringComparison.Ordinal);
        });

        using var second = new TestSite(_store);
        using var restarted = second.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/admin");
        request.Headers.Add("Cookie", signIn);
        Assert.Equal(HttpStatusCode.OK, (await restarted.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task A_start_with_a_different_or_missing_key_encryption_key_stops_with_a_message_naming_it_and_leaves_the_ring_alone()
    {
        using (var first = new TestSite(_store))
        {
            using var client = first.CreateClient();
            await client.GetAsync("/admin/signin"); // its antiforgery token makes the ring's first key
        }

        var keys = await KeyRowsAsync();
        Assert.NotEmpty(keys);

        // Started as an operator starts it, in a process of its own: its exit and what it prints are what they meet.
        var otherKey = await SiteProcess.RunUntilExitAsync(_store, new Dictionary<string, string>
        {
            ["TherapyGuide__KeyRing__EncryptionKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
        });
        Assert.NotEqual(0, otherKey.ExitCode);
        Assert.Contains("TherapyGuide:KeyRing:EncryptionKey", otherKey.Error, StringComparison.Ordinal);

        var missingFile = Path.Combine(_root, "keyring.key");
        var noKeyFile = await SiteProcess.RunUntilExitAsync(_store, new Dictionary<string, string> { ["TherapyGuide__KeyRing__KeyFile"] = missingFile });
        Assert.NotEqual(0, noKeyFile.ExitCode);
        Assert.Contains($"{missingFile} is missing", noKeyFile.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(missingFile));

        Assert.Equal(keys, await KeyRowsAsync());
    }

    [Fact]
    public async Task Keys_stored_unencrypted_before_the_upgrade_keep_working_and_the_start_says_they_remain()
    {
        using (var first = new TestSite(_store))
        {
            _ = first.Services;
        }

        // A key ring as an older version of the site left it: the framework's plain XML, and a cookie signed with it.
        var older = DataProtectionProvider.Create(Directory.CreateDirectory(_root), builder => builder.SetApplicationName("TherapyGuide"));
        var cookie = older.CreateProtector("KeyRingTests").Protect("signed before the upgrade");
        var plainKey = await File.ReadAllTextAsync(Directory.GetFiles(_root, "key-*.xml").Single());
        Assert.Contains("masterKey", plainKey, StringComparison.Ordinal);
        await ExecuteAsync("DELETE FROM \"DataProtectionKeys\"; INSERT INTO \"DataProtectionKeys\" (\"FriendlyName\", \"Xml\") VALUES ('older', @xml)", plainKey);

        var log = new ConcurrentQueue<LogEvent>();
        using var upgraded = new TestSite(_store);
        using var started = upgraded.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<ILogEventSink>(new CapturedEvents(log))));

        var protector = started.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("KeyRingTests");
        Assert.Equal("signed before the upgrade", protector.Unprotect(cookie));
        var warning = Assert.Single(log, e => e.Level == LogEventLevel.Warning && e.MessageTemplate.Text.Contains("unencrypted", StringComparison.Ordinal));
        Assert.Equal("1", warning.Properties["Count"].ToString());
    }

    [SqliteFact("the PostgreSQL backup is pg_dump's, and /admin/backup sends operators to it; PostgreSqlBackupTests cover it")]
    public async Task The_backup_command_and_page_say_the_key_encryption_key_is_not_in_the_backup()
    {
        using var site = new TestSite(_store);
        using var admin = await EditorSession.SignInAsync(site, "keyring-admin@example.org", "Admin");
        var backupPath = Path.Combine(_root, "backup.db");
        var output = new StringWriter();

        Assert.Equal(0, await TherapyGuide.Web.Commands.BackupCommand.RunAsync(["backup", "--to", backupPath], site.Services, output, TextWriter.Null));

        var keyFile = Path.Combine(Path.GetDirectoryName(_store)!, "keyring.key");
        Assert.Contains($"The key-encryption key (the file {keyFile}) is not in the backup", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("The key-encryption key is not in the backup", await admin.GetStringAsync("/admin/backup"), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        TestSite.DeleteDatabase(_store);
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private async Task<List<string>> KeyRowsAsync()
    {
        await using var connection = await TestStore.OpenAsync(_store);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT \"Xml\" FROM \"DataProtectionKeys\" ORDER BY \"Id\"";
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }

    private async Task ExecuteAsync(string sql, string xml)
    {
        await using var connection = await TestStore.OpenAsync(_store, readOnly: false);
        await TestStore.ScalarAsync(connection, sql, ("xml", xml));
    }

    private sealed class CapturedEvents(ConcurrentQueue<LogEvent> events) : ILogEventSink
    {
        public void Emit(LogEvent logEvent) => events.Enqueue(logEvent);
    }
}
