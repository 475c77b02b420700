using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TherapyGuide.Web.Content.Files;
using TherapyGuide.Web.Data;

namespace TherapyGuide.Tests.Data;

/// <summary>Seeding over a real SQLite file, with restarts simulated by starting the site again on the same file.</summary>
public sealed class ContentSeederTests
{
    private static readonly ContentFolder _folder = new(RepositoryPaths.Content, new TherapyGuide.Web.Content.MarkdownRenderer());

    [Fact]
    public async Task First_start_imports_everything_in_the_content_folder()
    {
        using var site = new TestSite { FirstStart = true };
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TherapyGuideDbContext>();

        Assert.Equal(_folder.LoadArticles().Count, await db.Articles.CountAsync());
        Assert.Equal(_folder.LoadComparison().Count, await db.ComparisonAspects.CountAsync());
        Assert.Equal(_folder.LoadSideEffects().Count, await db.SideEffects.CountAsync());
        Assert.Equal(_folder.LoadGlossary().Count, await db.GlossaryTerms.CountAsync());
        Assert.Equal(_folder.LoadConditions().Count, await db.Conditions.CountAsync());

        var article = await db.Articles.AsNoTracking().FirstAsync();
        Assert.NotEmpty(article.BodyHtml);
        Assert.NotEmpty(article.TableOfContents);
        Assert.True(article.WordCount > 100);
    }

    [Fact]
    public async Task A_restart_changes_nothing_and_keeps_an_editors_changes()
    {
        var path = TestSite.NewDatabasePath();
        try
        {
            string editedSlug;
            int glossaryCount;
            using (var first = new TestSite(path))
            {
                await using var scope = first.Services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<TherapyGuideDbContext>();
                var article = await db.Articles.OrderBy(a => a.Id).FirstAsync();
                editedSlug = article.Slug;
                article.Title = "Edited by an editor";
                article.BodyHtml = "<p>Edited body</p>";
                article.Version++;

                // An editor deletes a glossary term; it must not come back on restart.
                var term = await db.GlossaryTerms.OrderBy(t => t.Id).FirstAsync();
                db.GlossaryTerms.Remove(term);
                await db.SaveChangesAsync();
                glossaryCount = await db.GlossaryTerms.CountAsync();
            }

            using (var second = new TestSite(path))
            {
                await using var scope = second.Services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<TherapyGuideDbContext>();
                var seeder = scope.ServiceProvider.GetRequiredService<ContentSeeder>();

                Assert.Equal(0, await seeder.SeedAsync());
                var article = await db.Articles.AsNoTracking().SingleAsync(a => a.Slug == editedSlug);
                Assert.Equal("Edited by an editor", article.Title);
                Assert.Equal("<p>Edited body</p>", article.BodyHtml);
                Assert.Equal(glossaryCount, await db.GlossaryTerms.CountAsync());
                Assert.Equal(_folder.LoadArticles().Count, await db.Articles.CountAsync());
            }
        }
        finally
        {
            TestSite.DeleteDatabase(path);
        }
    }

    [Fact]
    public async Task Content_added_to_the_folder_later_is_imported_on_the_next_start()
    {
        var path = TestSite.NewDatabasePath();
        var content = OwnStoreAndContent.CopyOfContentFolder();
        var articles = Path.Combine(content, "articles");
        var later = Directory.EnumerateFiles(articles, "*.md").Order(StringComparer.Ordinal).First();
        var aside = Path.Combine(content, "later.md.txt");
        File.Move(later, aside);
        try
        {
            using (var first = new TestSite(path, content))
            {
                await using var scope = first.Services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<TherapyGuideDbContext>();
                Assert.Equal(_folder.LoadArticles().Count - 1, await db.Articles.CountAsync());
            }

            // An unchanged folder imports nothing on the next start...
            using (var again = new TestSite(path, content))
            {
                await using var scope = again.Services.CreateAsyncScope();
                Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<ContentSeeder>().SeedAsync());
            }

            // ...and a new file is imported on the start after it is added.
            File.Move(aside, later);
            using var second = new TestSite(path, content);
            await using var scope2 = second.Services.CreateAsyncScope();
            var db2 = scope2.ServiceProvider.GetRequiredService<TherapyGuideDbContext>();
            Assert.Equal(_folder.LoadArticles().Count, await db2.Articles.CountAsync());
            Assert.True(await db2.Articles.AnyAsync(a => a.Slug == Path.GetFileNameWithoutExtension(later)));
        }
        finally
        {
            TestSite.DeleteDatabase(path);
            Directory.Delete(content, recursive: true);
        }
    }

    [Fact]
    public async Task An_emptied_search_index_is_rebuilt_on_the_next_start_even_when_the_folder_is_unchanged()
    {
        var path = TestSite.NewDatabasePath();
        try
        {
            using (var first = new TestSite(path))
            {
                await using var scope = first.Services.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<TherapyGuideDbContext>().Database.ExecuteSqlRawAsync("DELETE FROM \"SearchEntries\"");
            }

            using var second = new TestSite(path);
            using var client = second.CreateClient();
            var results = await client.GetStringAsync("/search?q=lupus");
            Assert.Contains("class=\"result\"", results, StringComparison.Ordinal);
        }
        finally
        {
            TestSite.DeleteDatabase(path);
        }
    }
}
