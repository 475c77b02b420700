using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TherapyGuide.Web.Content;
using TherapyGuide.Web.Content.Editing;
using TherapyGuide.Web.Data;

namespace TherapyGuide.Tests.Data;

/// <summary>
/// A list row's place in its file is an ordering, not content: a row moved by an insertion above it follows the file
/// without a revision or a "newer version" notice of its own. Each test runs the real site over its own SQLite file and
/// a copy of data/content.
/// </summary>
public sealed class ContentFileOrderTests : IDisposable
{
    private const string Editor = "editor@example.org";
    private readonly OwnStoreAndContent _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task A_row_inserted_at_the_top_of_a_list_moves_the_others_without_a_revision_or_a_notice()
    {
        Dictionary<string, int> before;
        using (var first = _files.StartSite())
        {
            // An editor's own row, so a false "newer version in the files" would show.
            var made = await first.IdOfAsync(db => db.ComparisonAspects, "made-from");
            await first.EditAsync<ComparisonAspect, ComparisonForm>(made, f => f.CarT = "Our own words.");
            before = await RevisionCountsAsync(first);
        }

        var file = Path.Combine(_files.Content, "comparison.yml");
        File.WriteAllText(file, """
            - slug: first-question
              last_reviewed: 2026-11-23
              next_review_due: 2027-05-23
              aspect: "Orderquark: a question added at the top"
              immunotherapy: "Orderquark immunotherapy."
              car_t: "Orderquark CAR-T."

            """ + File.ReadAllText(file));

        using var site = _files.StartSite();
        var after = await RevisionCountsAsync(site);
        Assert.Equal(before, after.Where(p => p.Key != "first-question").ToDictionary());

        await using (var scope = site.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TherapyGuideDbContext>();
            Assert.Equal(0, await db.ContentImports.CountAsync(i => i.NewerSnapshot != null));
            var stored = await db.ComparisonAspects.AsNoTracking().OrderBy(r => r.Order).Select(r => r.Slug).ToListAsync();
            var inFile = scope.ServiceProvider.GetRequiredService<TherapyGuide.Web.Content.Files.ContentFolder>().LoadComparison().Select(r => r.Slug).ToList();
            Assert.Equal(inFile, stored);
            Assert.Equal("Our own words.", await db.ComparisonAspects.Where(r => r.Slug == "made-from").Select(r => r.CarT).SingleAsync());
        }

        // Readers see the file's order.
        using var reader = site.CreateClient();
        var page = await reader.GetStringAsync("/compare");
        Assert.True(
            page.IndexOf("Orderquark: a question added at the top", StringComparison.Ordinal) < page.IndexOf("How it works", StringComparison.Ordinal),
            "The row added at the top of the file comes first.");
    }

    private static async Task<Dictionary<string, int>> RevisionCountsAsync(TestSite site)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TherapyGuideDbContext>();
        var rows = await db.ComparisonAspects.AsNoTracking().Select(r => new { r.Id, r.Slug }).ToListAsync();
        var counts = await db.Revisions.AsNoTracking().Where(r => r.Kind == ContentKind.Comparison)
            .GroupBy(r => r.ContentId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        return rows.ToDictionary(r => r.Slug, r => counts.GetValueOrDefault(r.Id));
    }

}
