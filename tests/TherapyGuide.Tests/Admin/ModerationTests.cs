using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TherapyGuide.Web.Accounts;
using TherapyGuide.Web.Content;
using TherapyGuide.Web.Content.Voices;
using TherapyGuide.Web.Data;

namespace TherapyGuide.Tests.Admin;

/// <summary>Who may moderate and erase, erasure itself, and the retention clean-up.</summary>
public sealed class ModerationTests(SharedSite shared) : IClassFixture<SharedSite>, IAsyncLifetime
{
    private TestSite _site = null!;

    public async Task InitializeAsync() => _site = await shared.FreshAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task An_admin_erases_every_experience_shared_under_a_name_in_any_case_and_the_article_changes_at_once()
    {
        using var reader = _site.CreateClient(new() { AllowAutoRedirect = false });
        using var admin = await EditorSession.SignInAsync(_site, "admin@example.org", Roles.Admin);
        await ReaderVoices.ShareAsync(reader, "Zoë", "First story, marker e1");
        await ReaderVoices.ShareAsync(reader, "ZOË", "Second story, marker e2");
        await ReaderVoices.ShareAsync(reader, "Sam", "Someone else, marker e3");
        foreach (var marker in new[] { "marker e1", "marker e3" })
        {
            await ReaderVoices.ModerateAsync(admin, (await ReaderVoices.ExperienceAsync(_site, marker))!.Id, "Approve");
        }

        Assert.Contains("marker e1", await reader.GetStringAsync(ReaderVoices.ArticleAddress), StringComparison.Ordinal);

        const string Erase = "/admin/experiences/erase";
        var search = HtmlForm.From(await HtmlForm.ParseAsync(await admin.GetAsync(Erase)), Erase, "main form.find-form").Set("Name", "zoë");
        var found = await HtmlForm.ParseAsync(await search.PostAsync(admin));
        Assert.Equal(2, found.QuerySelectorAll(".moderation-item").Length);
        var erased = await HtmlForm.From(found, Erase, "main form.erase-form").PostAsync(admin);

        Assert.Equal(HttpStatusCode.Redirect, erased.StatusCode);
        Assert.Contains("Erased 2 experiences", await admin.GetStringAsync(erased.Headers.Location), StringComparison.Ordinal);
        Assert.Null(await ReaderVoices.ExperienceAsync(_site, "marker e1"));
        Assert.Null(await ReaderVoices.ExperienceAsync(_site, "marker e2"));
        Assert.NotNull(await ReaderVoices.ExperienceAsync(_site, "marker e3"));
        var article = await reader.GetStringAsync(ReaderVoices.ArticleAddress);
        Assert.DoesNotContain("marker e1", article, StringComparison.Ordinal);
        Assert.Contains("marker e3", article, StringComparison.Ordinal);

        var audit = await ReaderVoices.InStoreAsync(_site, db => db.AuditEntries.SingleAsync(a => a.Action == "experience-erase"));
        Assert.Equal("admin@example.org", audit.Actor);
        Assert.DoesNotContain("zo", (audit.Target + audit.Details).ToLowerInvariant(), StringComparison.Ordinal); // the name is not kept
    }

    [Fact]
    public async Task An_admin_deletes_a_feedback_comment_and_the_deletion_is_audited()
    {
        using var reader = _site.CreateClient(new() { AllowAutoRedirect = false });
        using var admin = await EditorSession.SignInAsync(_site, "admin@example.org", Roles.Admin);
        await ReaderVoices.SendFeedbackAsync(reader, "/compare", "no", "Please delete me, marker f1");

        var page = await HtmlForm.ParseAsync(await admin.GetAsync("/admin/feedback"));
        var deleted = await HtmlForm.From(page, "/admin/feedback", ".moderation-item form[method=post]").PostAsync(admin);

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.False(await ReaderVoices.InStoreAsync(_site, db => db.PageFeedback.AnyAsync()));
        Assert.Contains(await ReaderVoices.InStoreAsync(_site, db => db.AuditEntries.Select(a => a.Action).ToListAsync()), a => a == "feedback-delete");
    }

    [Fact]
    public async Task Editors_moderate_but_only_admins_erase_or_delete_feedback_and_anonymous_readers_reach_neither()
    {
        using var reader = _site.CreateClient(new() { AllowAutoRedirect = false });
        using var editor = await EditorSession.SignInAsync(_site, "editor@example.org", Roles.Editor);

        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/admin/experiences")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/admin/feedback")).StatusCode);
        var denied = await editor.GetAsync("/admin/experiences/erase");
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.StartsWith("/admin/denied", denied.Headers.Location!.PathAndQuery, StringComparison.Ordinal);

        foreach (var address in new[] { "/admin/experiences", "/admin/feedback", "/admin/experiences/erase" })
        {
            var response = await reader.GetAsync(address);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/admin/signin", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }

        // A moderation POST without the editor's antiforgery token is refused.
        await ReaderVoices.ShareAsync(reader, "Ann", "Token check, marker t1");
        var id = (await ReaderVoices.ExperienceAsync(_site, "marker t1"))!.Id;
        var forged = await editor.PostAsync("/admin/experiences?handler=Status", new FormUrlEncodedContent(new Dictionary<string, string> { ["id"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["to"] = "Approved" }));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(ExperienceStatus.Pending, (await ReaderVoices.ExperienceAsync(_site, "marker t1"))!.Status);
    }

    [Fact]
    public async Task Retention_deletes_feedback_after_a_year_and_rejected_or_hidden_experiences_after_30_days_only()
    {
        var now = DateTime.UtcNow;
        int articleId;
        await using (var scope = _site.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TherapyGuideDbContext>();
            articleId = await db.Articles.Select(a => a.Id).FirstAsync();
            db.PageFeedback.AddRange(
                new PageFeedback { Path = "/", Helpful = true, Comment = "old", CreatedUtc = now.AddDays(-366) },
                new PageFeedback { Path = "/", Helpful = false, Comment = "recent", CreatedUtc = now.AddDays(-300) });
            db.SharedExperiences.AddRange(
                Experience("rejected long ago", ExperienceStatus.Rejected, now.AddDays(-31)),
                Experience("hidden long ago", ExperienceStatus.Hidden, now.AddDays(-45)),
                Experience("rejected lately", ExperienceStatus.Rejected, now.AddDays(-29)),
                Experience("approved long ago", ExperienceStatus.Approved, now.AddDays(-400)),
                Experience("waiting long", ExperienceStatus.Pending, null));
            await db.SaveChangesAsync();
        }

        await using (var scope = _site.Services.CreateAsyncScope())
        {
            var deleted = await scope.ServiceProvider.GetRequiredService<VoicesRetention>().DeleteExpiredAsync(CancellationToken.None);
            Assert.Equal((1, 2), deleted);
        }

        Assert.Equal(["recent"], await ReaderVoices.InStoreAsync(_site, db => db.PageFeedback.Select(f => f.Comment!).ToListAsync()));
        Assert.Equal(
            ["approved long ago", "rejected lately", "waiting long"],
            (await ReaderVoices.InStoreAsync(_site, db => db.SharedExperiences.Select(e => e.Text).ToListAsync())).Order().ToList());

        SharedExperience Experience(string text, ExperienceStatus status, DateTime? decided) => new()
        {
            ArticleId = articleId,
            DisplayName = "Reader",
            Text = text,
            Status = status,
            SubmittedUtc = now.AddDays(-500),
            ModeratedUtc = decided,
        };
    }
}
