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
    private readonly OwnStoreAndContent _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task A_published_date_in_an_article_file_reaches_the_store_and_the_feed_and_survives_an_editors_save()
    {
        var changed = Path.Combine(_files.Content, "articles", "choosing-a-treatment.md");
        using (var first = _files.StartSite())
        {
            Assert.Equal(new DateOnly(2026, 11, 23), await PublishedAsync(first, "choosing-a-treatment"));
        }

        // A corrected date in a file, and a new article with its own.
        File.WriteAllText(changed, File.ReadAllText(changed).Replace("published: 2026-11-23", "published: 2026-10-01", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(_files.Content, "articles", "dated-later.md"), """
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

        using var site = _files.StartSite();
        Assert.Equal(new DateOnly(2026, 10, 1), await PublishedAsync(site, "choosing-a-treatment"));
        Assert.Equal(new DateOnly(2026, 9, 15), await PublishedAsync(site, "dated-later"));

        using var reader = site.CreateClient();
        var feed = await reader.GetStringAsync("/feed.xml");
        Assert.Contains("2026-10-01T00:00:00Z", feed, StringComparison.Ordinal);
        Assert.Contains("2026-09-15T00:00:00Z", feed, StringComparison.Ordinal);

        // An editor's save keeps the date, whether the form carries it or (an older snapshot) does not.
        var id = await site.IdOfAsync(db => db.Articles, "choosing-a-treatment");
        await site.EditAsync<Article, ArticleForm>(id, f => f.Summary = "An editor's summary.");
        Assert.Equal(new DateOnly(2026, 10, 1), await PublishedAsync(site, "choosing-a-treatment"));
        await site.EditAsync<Article, ArticleForm>(id, f => f.Published = null);
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

}
