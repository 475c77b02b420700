using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TherapyGuide.Web.Content;
using TherapyGuide.Web.Content.Editing;
using TherapyGuide.Web.Data;

namespace TherapyGuide.Tests.Data;

/// <summary>
/// An article file's <c>published:</c> date reaches the store, on first import and when the file changes it, and an
/// editor's save keeps it. Each test runs the real site over its own SQLite file and a copy of data/content.
/// </summary>
public sealed class ArticlePublishedDateTests : IDisposable
{
    private const string Editor = "editor@example.org";
    private readonly string _database = TestSite.NewDatabasePath();
    private readonly string _content = ContentSeederTests.CopyOfContentFolder();

    public void Dispose()
    {
        TestSite.DeleteDatabase(_database);
        Directory.Delete(_content, recursive: true);
    }

    [Fact]
    public async Task A_published_date_in_an_article_file_reaches_the_store_and_the_feed_and_survives_an_editors_save()
    {
        var changed = Path.Combine(_content, "articles", "choosing-a-treatment.md");
        using (var first = new TestSite(_database, _content))
        {
            Assert.Equal(new DateOnly(2026, 11, 23), await PublishedAsync(first, "choosing-a-treatment"));
        }

        // A corrected date in a file, and a new article with its own.
        File.WriteAllText(changed, File.ReadAllText(changed).Replace("published: 2026-11-23", "published: 2026-10-01", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(_content, "articles", "dated-later.md"), """
            ---
            title: Datequark article
            summary: An article added to the files with its own first-published date.
            topic: basics
            order: 99
            published: 2026-09-15
            last_reviewed: 2026-11-01
            next_review_due: 2027-05-01
            ---
            Datequark text.
            """);

        using var site = new TestSite(_database, _content);
        Assert.Equal(new DateOnly(2026, 10, 1), await PublishedAsync(site, "choosing-a-treatment"));
        Assert.Equal(new DateOnly(2026, 9, 15), await PublishedAsync(site, "dated-later"));

        using var reader = site.CreateClient();
        var feed = await reader.GetStringAsync("/feed.xml");
        Assert.Contains("2026-10-01T00:00:00Z", feed, StringComparison.Ordinal);
        Assert.Contains("2026-09-15T00:00:00Z", feed, StringComparison.Ordinal);

        // An editor's save keeps the date, whether the form carries it or (an older snapshot) does not.
        var id = await site.IdOfAsync(db => db.Articles, "choosing-a-treatment");
        await EditAsync<Article, ArticleForm>(site, id, f => f.Summary = "An editor's summary.");
        Assert.Equal(new DateOnly(2026, 10, 1), await PublishedAsync(site, "choosing-a-treatment"));
        await EditAsync<Article, ArticleForm>(site, id, f => f.Published = null);
        Assert.Equal(new DateOnly(2026, 10, 1), await PublishedAsync(site, "choosing-a-treatment"));
    }

    [Fact]
    public void A_first_published_date_in_the_future_or_after_the_last_review_is_refused()
    {
        var form = new ArticleForm
        {
            Title = "T",
            Slug = "t",
            Summary = "S",
            Body = "B",
            LastReviewed = new DateOnly(2026, 11, 1),
            NextReviewDue = new DateOnly(2027, 5, 1),
        };
        form.Published = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(2);
        Assert.Contains(Validate(form), r => r.MemberNames.Contains(nameof(ArticleForm.Published)));
        form.Published = new DateOnly(2026, 11, 2);
        Assert.Contains(Validate(form), r => r.MemberNames.Contains(nameof(ArticleForm.Published)));
        form.Published = new DateOnly(2026, 10, 1);
        Assert.DoesNotContain(Validate(form), r => r.MemberNames.Contains(nameof(ArticleForm.Published)));
    }

    private static List<System.ComponentModel.DataAnnotations.ValidationResult> Validate(ArticleForm form) =>
        form.Validate(new System.ComponentModel.DataAnnotations.ValidationContext(form)).ToList();

    private static async Task<DateOnly?> PublishedAsync(TestSite site, string slug)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TherapyGuideDbContext>().Articles.Where(a => a.Slug == slug).Select(a => a.Published).SingleAsync();
    }

    /// <summary>An editor's save, through the one save path, as the edit pages make it.</summary>
    private static async Task EditAsync<TEntity, TForm>(TestSite site, int id, Action<TForm> change)
        where TEntity : ContentItem
        where TForm : class, IContentForm<TForm, TEntity>
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TherapyGuideDbContext>();
        var form = TForm.From(await db.Set<TEntity>().AsNoTracking().SingleAsync(x => x.Id == id));
        change(form);
        var result = await scope.ServiceProvider.GetRequiredService<ContentStore>().SaveAsync<TEntity, TForm>(id, form, Editor, "An editor's change", default);
        Assert.Equal(SaveOutcome.Saved, result.Outcome);
    }
}
