using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TherapyGuide.Web.Content;
using TherapyGuide.Web.Content.Editing;
using TherapyGuide.Web.Content.Review;
using TherapyGuide.Web.Data;

namespace TherapyGuide.BrowserTests;

/// <summary>A draft of safety advice on its way to readers, as the editor and the reviewer see it in a browser.</summary>
[Collection(SharedBrowser.Name)]
public sealed class ReviewPagesTests(BrowserSite site) : BrowserTest(site)
{
    [Fact]
    public async Task The_draft_the_review_queue_and_the_review_page_read_well_at_both_widths_with_no_axe_violations()
    {
        var (draftId, itemId) = await SubmittedDraftAsync();

        foreach (var width in new[] { 1280, 320 })
        {
            var page = await AdminPages.SignedInPageAsync(Site, width);
            foreach (var (name, address) in new[]
            {
                ("admin-edit-with-draft", $"/admin/side-effects/edit/{itemId}"),
                ("admin-review-queue-with-draft", "/admin/review"),
                ("admin-review-draft", $"/admin/review/{draftId}"),
            })
            {
                await page.GotoAsync(address);
                await AccessibilityTests.AssertNoViolationsAsync(page, $"{name} at {width}px");
                var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
                Assert.True(overflow <= 0, $"{name} scrolls sideways by {overflow}px at {width}px");
                await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSite.Artifacts, $"{name}-{width}.png"), FullPage = true });
            }

            // The edit page says at once that readers do not see the draft, and why it waits.
            await page.GotoAsync($"/admin/side-effects/edit/{itemId}");
            var status = await page.Locator(".draft-status").InnerTextAsync();
            Assert.Contains("in review", status, StringComparison.Ordinal);
            Assert.Contains("It changes safety advice", status, StringComparison.Ordinal);
            // An admin is not a reviewer: the review page offers no approval to them.
            await page.GotoAsync($"/admin/review/{draftId}");
            Assert.Equal(0, await page.GetByRole(AriaRole.Button, new() { Name = "Approve" }).CountAsync());
        }
    }

    /// <summary>A side effect's urgency change, sent for review through the store, as an editor's post would.</summary>
    private async Task<(int DraftId, int ItemId)> SubmittedDraftAsync()
    {
        await using var scope = Site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TherapyGuideDbContext>();
        // The last of them: other tests edit the first side effect, and must not meet this draft there.
        var effect = await db.SideEffects.AsNoTracking().OrderByDescending(s => s.Id).FirstAsync(s => s.Urgency == Urgency.Emergency);
        var existing = await db.ContentDrafts.SingleOrDefaultAsync(d => d.Kind == ContentKind.SideEffect && d.ContentId == effect.Id);
        if (existing is not null)
        {
            return (existing.Id, effect.Id);
        }

        var form = SideEffectForm.From(effect);
        form.Urgency = Urgency.ContactNow;
        var result = await scope.ServiceProvider.GetRequiredService<ContentDrafts>().SaveAsync<SideEffect, SideEffectForm>(
            effect.Id, null, 0, form, "browser.editor@example.org", "The team's new leaflet says so.", minor: false, submit: true, CancellationToken.None);
        Assert.Equal(DraftOutcome.Done, result.Outcome);
        return (result.DraftId, effect.Id);
    }
}
