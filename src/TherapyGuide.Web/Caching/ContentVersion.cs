using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using TherapyGuide.Web.Data;

namespace TherapyGuide.Web.Caching;

/// <summary>
/// The ETag of public pages: this build, this configuration and the store's count of changes
/// (<see cref="PublicVersion"/>). Every node of a site running the same build on the same store gives a page the same
/// ETag, so a reader whose browser (or a shared cache) asks again through another node still gets 304; a restart
/// alone makes nobody fetch a page again; a new build or new settings (a new stylesheet, a new layout) never get 304.
/// </summary>
public sealed partial class ContentVersion(IServiceScopeFactory scopes, TimeProvider clock, IConfiguration configuration, ILogger<ContentVersion> logger)
{
    private readonly string _build = BuildOf(configuration);
    private long _changes;

    // The ETag of the count last asked about: read on every public request (a cached page's too), made again only
    // after a change. Swapped whole, so a reader never pairs one count with another's tag.
    private Tagged _tagged = new(-1, "");

    public string ETag
    {
        get
        {
            var changes = Changes;
            var tagged = Volatile.Read(ref _tagged);
            if (tagged.Changes != changes)
            {
                tagged = new(changes, $"W/\"{_build}-{changes.ToString(CultureInfo.InvariantCulture)}\"");
                Volatile.Write(ref _tagged, tagged);
            }

            return tagged.ETag;
        }
    }

    /// <summary>The store's count of changes as this node last knew it.</summary>
    public long Changes => Interlocked.Read(ref _changes);

    /// <summary>Reads the store's count at the start, before the site serves anything.</summary>
    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TherapyGuideDbContext>();
        Heard(await db.PublicVersions.Where(v => v.Id == PublicVersion.OnlyId).Select(v => v.Changes).SingleOrDefaultAsync(cancellationToken));
    }

    /// <summary>
    /// Counts a change in the store and returns the new count. Should the store refuse (it just took the save, so
    /// this is rare), the count moves on in this node only: its pages still get a new ETag.
    /// </summary>
    public async Task<long> ChangedAsync()
    {
        // Never below the time in microseconds: see PublicVersion.Changes.
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds() * 1000;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<TherapyGuideDbContext>();
            var counted = db.Database.IsSqlite()
                ? db.Database.SqlQuery<long>($"""UPDATE "PublicVersion" SET "Changes" = max("Changes" + 1, {now}) WHERE "Id" = {PublicVersion.OnlyId} RETURNING "Changes" AS "Value" """)
                : db.Database.SqlQuery<long>($"""UPDATE "PublicVersion" SET "Changes" = greatest("Changes" + 1, {now}) WHERE "Id" = {PublicVersion.OnlyId} RETURNING "Changes" AS "Value" """);
            var changes = (await counted.ToListAsync(CancellationToken.None)).Single();
            Heard(changes);
            return changes;
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException or TimeoutException)
        {
            LogNotCounted(e.Message);
            var changes = Math.Max(Changes + 1, now);
            Heard(changes);
            return changes;
        }
    }

    /// <summary>Another node counted a change (or this one did): the count only ever grows here.</summary>
    public void Heard(long changes)
    {
        long known;
        do
        {
            known = Interlocked.Read(ref _changes);
            if (changes <= known)
            {
                return;
            }
        }
        while (Interlocked.CompareExchange(ref _changes, changes, known) != known);
    }

    private sealed record Tagged(long Changes, string ETag);

    /// <summary>The build's identity (a new compile is a new one) and a digest of the site's settings: nodes that differ in either give different ETags, so they only lose each other's 304s.</summary>
    private static string BuildOf(IConfiguration configuration)
    {
        // The key ring's key is a secret, and says nothing about how pages look.
        var settings = string.Join('\n', configuration.GetSection("TherapyGuide").AsEnumerable()
            .Where(pair => !pair.Key.StartsWith("TherapyGuide:KeyRing", StringComparison.OrdinalIgnoreCase))
            .OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => $"{pair.Key}={pair.Value}"));
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes(typeof(ContentVersion).Assembly.ManifestModule.ModuleVersionId + "\n" + settings));
        return Convert.ToHexStringLower(digest.AsSpan(0, 6));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not count a change in the store ({Reason}); this node's pages get a new ETag, the other nodes' keep theirs until the next change they hear of")]
    private partial void LogNotCounted(string reason);
}
