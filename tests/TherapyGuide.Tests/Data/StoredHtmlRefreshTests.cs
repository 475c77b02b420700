using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TherapyGuide.Web.Content;
using TherapyGuide.Web.Content.Editing;
using TherapyGuide.Web.Data;

namespace TherapyGuide.Tests.Data;

/// <summary>
/// Stored HTML carries the renderer's version: a start finds bodies an older renderer wrote, renders them again and
/// records one system revision each; the next start finds nothing to do. Restarts share one store.
/// </summary>
public sealed class StoredHtmlRefreshTests : IDisposable
{
    private const string Stale = "<p>Written by an older renderer.</p>";
    private readonly OwnStoreAndContent _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task Bodies_from_an_older_renderer_are_rendered_again_once_as_a_system_revision()
    {
        int articles;
        using (var first = _files.StartSite())
        {
            await using var scope = first.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<TherapyGuideDbContext>();
            // Every language: a Spanish body written by an older renderer is as stale as an English one.
            Assert.All(await db.Articles.IgnoreQueryFilters().ToListAsync(), a => Assert.Equal(MarkdownRenderer.Version, a.RenderVersion));
            articles = await db.Articles.IgnoreQueryFilters().CountAsync();
            await db.Articles.IgnoreQueryFilters().ExecuteUpdateAsync(s => s.SetProperty(a => a.RenderVersion, MarkdownRenderer.Version - 1).SetProperty(a => a.BodyHtml, Stale));
        }

        var before = await SnapshotAsync();

        var afterRender = await StartAndSnapshotAsync();
        Assert.Contains(afterRender.Articles, a => a.Language == "es");
        Assert.All(afterRender.Articles, a =>
        {
            Assert.Equal(MarkdownRenderer.Version, a.RenderVersion);
            Assert.NotEqual(Stale, a.BodyHtml);
            Assert.Equal(before.Articles.Single(b => b.Id == a.Id).Version + 1, a.Version);
            Assert.Equal(before.Articles.Single(b => b.Id == a.Id).UpdatedUtc, a.UpdatedUtc);
        });
        var added = afterRender.Revisions.Skip(before.Revisions.Count).ToList();
        Assert.Equal(articles, added.Count);
        Assert.All(added, r =>
        {
            Assert.Equal((ContentKind.Article, RevisionAction.Rerendered, StoredHtmlRefresh.Author), (r.Kind, r.Action, r.Author));
            Assert.Equal(afterRender.Articles.Single(a => a.Id == r.ContentId).Version, r.Version);
        });
        Assert.Equal(articles, added.Select(r => r.ContentId).Distinct().Count());

        var again = await StartAndSnapshotAsync();
        Assert.Equal(afterRender.Revisions.Count, again.Revisions.Count);
        Assert.Equal(afterRender.Articles.Select(a => (a.Id, a.Version, a.BodyHtml)), again.Articles.Select(a => (a.Id, a.Version, a.BodyHtml)));
    }

    [Fact]
    public async Task An_item_rendered_again_still_counts_as_untouched_for_the_content_files()
    {
        using (var first = _files.StartSite())
        {
            await using var scope = first.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<TherapyGuideDbContext>();
            await db.Articles.IgnoreQueryFilters().ExecuteUpdateAsync(s => s.SetProperty(a => a.RenderVersion, MarkdownRenderer.Version - 1));
        }

        await StartAndSnapshotAsync();
        File.AppendAllText(Path.Combine(_files.Content, "articles", "choosing-a-treatment.md"), "\n\nQuarkflower is a word added to the file later.\n");

        var (articles, revisions) = await StartAndSnapshotAsync();
        var article = articles.Single(a => a.Slug == "choosing-a-treatment" && a.Language == "en");
        Assert.Contains("Quarkflower", article.BodyHtml, StringComparison.Ordinal);
        var last = revisions.Where(r => r.Kind == ContentKind.Article && r.ContentId == article.Id).MaxBy(r => r.Version)!;
        Assert.Equal((article.Version, TherapyGuide.Web.Content.Files.ContentFileVersions.ImportAuthor), (last.Version, last.Author));
    }

    private async Task<(List<Article> Articles, List<Revision> Revisions)> StartAndSnapshotAsync()
    {
        using (var site = _files.StartSite())
        {
            _ = site.Services; // the factory starts the site, and prepares the store, on first use
        }

        return await SnapshotAsync();
    }

    private async Task<(List<Article> Articles, List<Revision> Revisions)> SnapshotAsync()
    {
        await using var db = TestStore.NewContext(_files.Database);
        return (await db.Articles.IgnoreQueryFilters().AsNoTracking().OrderBy(a => a.Id).ToListAsync(), await db.Revisions.AsNoTracking().OrderBy(r => r.Id).ToListAsync());
    }
}
