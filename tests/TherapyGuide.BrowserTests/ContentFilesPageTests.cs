using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TherapyGuide.Web.Content;
using TherapyGuide.Web.Content.Editing;
using TherapyGuide.Web.Content.Files;
using TherapyGuide.Web.Data;

namespace TherapyGuide.BrowserTests;

/// <summary>
/// The dashboard's list of items whose content files have a newer version, and the side-by-side page, in a browser:
/// axe at 1280 and 320 px, no sideways scrolling, and valid HTML. The site is its own, as the list changes the dashboard.
/// </summary>
public sealed class ContentFilesPageTests(BrowserSite site) : BrowserTest(site), IClassFixture<BrowserSite>
{
    // Skipped with the reason where the HTML checker is not installed (it checks the same pages' HTML); CI requires it.
    [HtmlCheckerFact]
    public async Task The_dashboard_list_and_the_side_by_side_page_have_no_axe_violations_and_fit_320_px()
    {
        var address = await OfferNewerVersionAsync();
        var files = new List<string>();
        var folder = Directory.CreateTempSubdirectory("tg-vnu-");
        try
        {
            foreach (var width in new[] { 1280, 320 })
            {
                var page = await AdminPages.SignedInPageAsync(Site, width);
                foreach (var (name, path) in new[] { ("admin-dashboard-newer", "/admin"), ("admin-content-files", address) })
                {
                    var response = await page.GotoAsync(path);
                    await AccessibilityTests.AssertNoViolationsAsync(page, $"{name} at {width}px");
                    var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
                    Assert.True(overflow <= 0, $"{name} scrolls sideways by {overflow}px at {width}px");
                    await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSite.Artifacts, $"{name}-{width}.png"), FullPage = true });
                    var file = Path.Combine(folder.FullName, $"{name}-{width}.html");
                    await File.WriteAllTextAsync(file, await response!.TextAsync());
                    files.Add(file);
                }
            }

            var errors = await HtmlValidityTests.CheckAsync(files);
            Assert.True(errors.Count == 0, string.Join("\n", errors));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>An editor changes a glossary term and the files have a newer version of it; returns the page's address.</summary>
    private async Task<string> OfferNewerVersionAsync()
    {
        await using var scope = Site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TherapyGuideDbContext>();
        var term = await db.GlossaryTerms.AsNoTracking().OrderBy(t => t.Id).FirstAsync();
        var ours = GlossaryForm.From(term);
        ours.Definition = "Our own definition, written by an editor.\nIt has a second line.";
        var saved = await scope.ServiceProvider.GetRequiredService<ContentStore>().SaveAsync<GlossaryTerm, GlossaryForm>(term.Id, ours, "editor@example.org", null, default);
        Assert.Equal(SaveOutcome.Saved, saved.Outcome);

        var files = GlossaryForm.From(term);
        files.Definition = $"A corrected definition from the content files. {term.Definition}";
        var snapshot = ContentFileSnapshot.SnapshotOf(files);
        await db.ContentImports.Where(i => i.Kind == ContentFileVersions.ImportKind(ContentKind.Glossary) && i.Slug == term.Slug)
            .ExecuteUpdateAsync(i => i.SetProperty(x => x.NewerSnapshot, snapshot));
        return ContentFileVersions.ComparePath(ContentKind.Glossary, term.Slug);
    }
}
