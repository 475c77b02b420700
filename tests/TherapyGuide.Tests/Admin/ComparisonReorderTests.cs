using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TherapyGuide.Web.Content;
using TherapyGuide.Web.Content.Editing;
using TherapyGuide.Web.Data;

namespace TherapyGuide.Tests.Admin;

/// <summary>Reordering the comparison table saves every moved row as one change, or none of them.</summary>
public sealed class ComparisonReorderTests(SharedSite shared) : IClassFixture<SharedSite>, IAsyncLifetime
{
    private TestSite _site = null!;

    public async Task InitializeAsync() => _site = await shared.FreshAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_reorder_refused_part_way_leaves_every_row_where_it_was()
    {
        var before = await RowsAsync();
        Assert.True(before.Count >= 3);
        var revisionsBefore = await RevisionCountAsync();

        await using (var scope = _site.Services.CreateAsyncScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<ContentStore>();
            // The first two rows are moved as the editor's page would; the third was changed by a colleague a moment ago.
            var moves = before.Take(3).Select((row, i) => ((int?)row.Id, Moved(row, before.Count - i, stale: i == 2))).ToList();
            var outcome = await store.SaveAllAsync<ComparisonAspect, ComparisonForm>(moves, "editor@example.org", "Moved in the table", TherapyGuide.Web.Content.Review.Publication.Direct, CancellationToken.None);
            Assert.Equal(SaveOutcome.Conflict, outcome);
        }

        var after = await RowsAsync();
        Assert.Equal(before.Select(r => (r.Id, r.Order, r.Version)), after.Select(r => (r.Id, r.Order, r.Version)));
        Assert.Equal(revisionsBefore, await RevisionCountAsync());
    }

    [Fact]
    public async Task A_reorder_saves_every_moved_row_with_a_revision_each()
    {
        var before = await RowsAsync();
        var revisionsBefore = await RevisionCountAsync();

        await using (var scope = _site.Services.CreateAsyncScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<ContentStore>();
            var moves = before.Select((row, i) => ((int?)row.Id, Moved(row, before.Count - i, stale: false))).ToList();
            var outcome = await store.SaveAllAsync<ComparisonAspect, ComparisonForm>(moves, "editor@example.org", "Moved in the table", TherapyGuide.Web.Content.Review.Publication.Direct, CancellationToken.None);
            Assert.Equal(SaveOutcome.Saved, outcome);
        }

        var after = (await RowsAsync()).ToDictionary(r => r.Id);
        Assert.All(before.Select((row, i) => (row, i)), x => Assert.Equal(before.Count - x.i, after[x.row.Id].Order));
        Assert.Equal(revisionsBefore + before.Count, await RevisionCountAsync());
    }

    private static ComparisonForm Moved(ComparisonAspect row, int order, bool stale)
    {
        var form = ComparisonForm.From(row);
        form.Order = order;
        form.Version = stale ? row.Version - 1 : row.Version;
        return form;
    }

    private async Task<List<ComparisonAspect>> RowsAsync()
    {
        await using var scope = _site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TherapyGuideDbContext>();
        return await db.ComparisonAspects.AsNoTracking().OrderBy(r => r.Order).ThenBy(r => r.Id).ToListAsync();
    }

    private async Task<int> RevisionCountAsync()
    {
        await using var scope = _site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TherapyGuideDbContext>();
        return await db.Revisions.CountAsync(r => r.Kind == ContentKind.Comparison);
    }
}
