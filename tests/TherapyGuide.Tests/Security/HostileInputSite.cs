using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Mvc.Testing;
using TherapyGuide.Web.Accounts;

namespace TherapyGuide.Tests.Security;

/// <summary>
/// One site for the whole hostile-input suite, with an admin signed in, an anonymous reader, and a fingerprint of
/// every content table to prove that nothing refused changed the store. The rate limits are raised so that the
/// payloads reach the pages rather than the limiter (the limiter has tests of its own).
/// </summary>
public sealed class HostileInputSite : IAsyncLifetime, IDisposable
{
    // Quoted identifiers: SQLite and PostgreSQL take the same text.
    private static readonly string[] _contentQueries =
    [
        "SELECT * FROM \"Articles\" ORDER BY \"Id\"",
        "SELECT * FROM \"ComparisonAspects\" ORDER BY \"Id\"",
        "SELECT * FROM \"SideEffects\" ORDER BY \"Id\"",
        "SELECT * FROM \"GlossaryTerms\" ORDER BY \"Id\"",
        "SELECT * FROM \"Conditions\" ORDER BY \"Id\"",
        "SELECT * FROM \"SlugRedirects\" ORDER BY 1",
        "SELECT count(*), max(\"Id\") FROM \"Revisions\"", // append-only: a new row is the only possible change
        "SELECT \"Id\", \"Email\", \"LockoutEnd\" FROM \"AspNetUsers\" ORDER BY \"Id\"",
        "SELECT * FROM \"AspNetUserRoles\" ORDER BY 1, 2",
    ];

    private readonly TestSite _site = new();
    private System.Data.Common.DbConnection _store = null!;
    private int _tried;
    private int _serverErrors;

    public WebApplicationFactory<Program> App { get; private set; } = null!;

    public HttpClient Admin { get; private set; } = null!;

    public HttpClient Reader { get; private set; } = null!;

    public int Tried => _tried;

    public int ServerErrors => _serverErrors;

    public async Task InitializeAsync()
    {
        App = _site.WithWebHostBuilder(builder => builder
            .UseSetting("TherapyGuide:RateLimits:SignInPerMinute", "1000000")
            .UseSetting("TherapyGuide:RateLimits:SearchPerMinute", "1000000"));
        var (code, _, error) = await EditorSession.AddUserAsync(_site, "hostile-admin@example.org", Roles.Admin, EditorSession.Password);
        Assert.True(code == 0, error);
        Admin = App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, (await EditorSession.SubmitSignInAsync(Admin, "hostile-admin@example.org", EditorSession.Password)).StatusCode);
        Reader = App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        _store = await TestStore.OpenAsync(_site.DatabasePath);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        Admin.Dispose();
        Reader.Dispose();
        _store.Dispose();
        App.Dispose();
        _site.Dispose();
    }

    public void Counted(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        Interlocked.Increment(ref _tried);
        if ((int)response.StatusCode >= 500)
        {
            Interlocked.Increment(ref _serverErrors);
        }
    }

    public async Task<int> IdAsync(string table, int skip = 0)
    {
        await using var command = _store.CreateCommand();
        command.CommandText = $"SELECT \"Id\" FROM \"{table}\" ORDER BY \"Id\" LIMIT 1 OFFSET {skip}";
        return Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>A fingerprint of everything editors and readers care about in the store.</summary>
    public async Task<string> ContentHashAsync()
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var query in _contentQueries)
        {
            await using var command = _store.CreateCommand();
            command.CommandText = query;
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    hash.AppendData(Encoding.UTF8.GetBytes(Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture) + "\u0001"));
                }
            }
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }
}
