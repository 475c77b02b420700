using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TherapyGuide.Web.Caching;
using TherapyGuide.Web.Content;
using TherapyGuide.Web.Data;

namespace TherapyGuide.Testing;

public sealed partial class TestSite
{
    /// <summary>
    /// Puts the store back as the template has it and tells the site that every kind of content changed, so a test
    /// meets the site as a fresh start would, without a second start: how the tests of one class share a site
    /// (see <see cref="SharedSite"/>). Only the store is reset; rate-limit counters are kept in memory and carry on.
    /// </summary>
    public async Task ResetStoreAsync()
    {
        _ = Services;
        if (!_usesTemplate)
        {
            throw new InvalidOperationException("Only a site on a copy of the template store can be reset.");
        }

        var articles = await ArticleSlugsAsync();
        var feed = Services.GetService<PostgreSqlChangeFeed>();
        var listens = feed?.Listens;
        TemplateStore.RestoreInto(DatabasePath);
        articles.UnionWith(await ArticleSlugsAsync());

        // On PostgreSQL the database was dropped and copied again, and the node's listening connection with it: the
        // node serves nothing cached until it listens again (about a second), as after a lost connection.
        for (var waited = 0; feed is not null && (feed.Listens == listens || !feed.InStep) && waited < 15_000; waited += 10)
        {
            await Task.Delay(10);
        }

        await using var scope = Services.CreateAsyncScope();
        var changes = scope.ServiceProvider.GetRequiredService<ContentChanges>();
        foreach (var kind in Enum.GetValues<ContentKind>())
        {
            await changes.ChangedAsync(kind, kind == ContentKind.Article ? articles : []);
        }
    }

    private async Task<HashSet<string>> ArticleSlugsAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TherapyGuideDbContext>();
        return [.. await db.Articles.IgnoreQueryFilters().Select(a => a.Slug).ToListAsync()];
    }
}
