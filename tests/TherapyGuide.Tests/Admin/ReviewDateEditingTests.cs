using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TherapyGuide.Web.Data;

namespace TherapyGuide.Tests.Admin;

/// <summary>Editors keep every kind's review dates through its own form, and readers see them at once.</summary>
public sealed class ReviewDateEditingTests(SharedSite shared) : EditorAndReaderTest(shared, "reviewer@example.org"), IClassFixture<SharedSite>
{
    private const string SideEffect = "cytokine-release-syndrome";

    public static TheoryData<string> EditPages() =>
        ["/admin/comparison", "/admin/side-effects", "/admin/conditions", "/admin/glossary", "/admin/urgent-help", "/admin/questions", "/admin/articles"];

    [Theory]
    [MemberData(nameof(EditPages))]
    public async Task Every_kinds_form_has_both_review_dates_filled_in(string list)
    {
        var address = await FirstEditAddressAsync(list);
        var page = await HtmlForm.ParseAsync(await Editor.GetAsync(address));

        foreach (var (field, label) in new[] { ("Form_LastReviewed", "Last reviewed"), ("Form_NextReviewDue", "Next review due") })
        {
            var input = page.QuerySelector($"main form input#{field}");
            Assert.NotNull(input);
            Assert.Equal("date", input.GetAttribute("type"));
            Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", input.GetAttribute("value") ?? "");
            Assert.Equal(label, page.QuerySelector($"main form label[for={field}]")?.TextContent.Trim());
        }
    }

    [Fact]
    public async Task A_new_item_starts_reviewed_today_and_due_in_six_months()
    {
        var form = HtmlForm.From(await HtmlForm.ParseAsync(await Editor.GetAsync("/admin/glossary/edit")), "/admin/glossary/edit");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        Assert.Equal(today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), form["Form.LastReviewed"]);
        Assert.Equal(today.AddMonths(6).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), form["Form.NextReviewDue"]);
    }

    [Fact]
    public async Task Editing_a_side_effects_review_dates_changes_what_the_side_effects_page_shows_and_history_records_it()
    {
        Assert.Equal(["2026-11-23", "2027-05-23"], await FooterDatesAsync("/side-effects")); // and now cached
        var id = await Site.IdOfAsync(db => db.SideEffects, SideEffect);
        var address = $"/admin/side-effects/edit/{id}";

        var saved = await (await FormAsync(address))
            .Set("Form.LastReviewed", "2026-02-03")
            .Set("Form.NextReviewDue", "2026-08-04")
            .Set("Note", "Checked against the sources")
            .PostAsync(Editor);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(["2026-02-03", "2026-08-04"], await FooterDatesAsync("/side-effects"));
        var history = await HtmlForm.ParseAsync(await Editor.GetAsync($"/admin/history/sideeffect/{id}"));
        var changed = history.QuerySelectorAll(".diff-field").ToDictionary(
            field => field.QuerySelector("h3")!.TextContent.Trim(),
            field => field.QuerySelectorAll("pre.diff-text").Select(value => value.TextContent.Trim()).ToArray());
        Assert.Equal(["Last reviewed", "Next review due"], changed.Keys);
        Assert.Equal(["2026-11-23", "2026-02-03"], changed["Last reviewed"]);
        Assert.Equal(["2027-05-23", "2026-08-04"], changed["Next review due"]);
    }

    [Fact]
    public async Task A_next_review_before_the_last_is_refused_beside_its_field_and_nothing_is_saved()
    {
        var id = await Site.IdOfAsync(db => db.SideEffects, SideEffect);
        var address = $"/admin/side-effects/edit/{id}";
        var before = await StoredAsync(id);

        var refused = await (await FormAsync(address))
            .Set("Form.LastReviewed", "2026-11-23")
            .Set("Form.NextReviewDue", "2026-10-01")
            .Set("Form.Timing", "Timing typed with the wrong dates.")
            .PostAsync(Editor);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await HtmlForm.ParseAsync(refused);
        Assert.Contains("must come after the last review", page.QuerySelector("[data-valmsg-for='Form.NextReviewDue']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("2026-10-01", page.QuerySelector("#Form_NextReviewDue")!.GetAttribute("value")); // what was typed stays
        Assert.Equal(before, await StoredAsync(id));
        Assert.Equal(["2026-11-23", "2027-05-23"], await FooterDatesAsync("/side-effects"));
    }

    [Fact]
    public async Task A_missing_last_review_date_is_refused_beside_its_field()
    {
        var id = await Site.IdOfAsync(db => db.Conditions, "lupus");

        var refused = await (await FormAsync($"/admin/conditions/edit/{id}")).Remove("Form.LastReviewed").PostAsync(Editor);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await HtmlForm.ParseAsync(refused);
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("[data-valmsg-for='Form.LastReviewed']")!.TextContent));
    }

    private async Task<string[]> FooterDatesAsync(string address)
    {
        var page = await HtmlForm.ParseAsync(await Reader.GetAsync(address));
        return page.QuerySelectorAll(".site-footer__meta time").Select(t => t.GetAttribute("datetime") ?? "").ToArray();
    }

    private async Task<(int Version, DateOnly LastReviewed, DateOnly NextReviewDue, string Timing)> StoredAsync(int id)
    {
        await using var scope = Site.Services.CreateAsyncScope();
        var effect = await scope.ServiceProvider.GetRequiredService<TherapyGuideDbContext>().SideEffects.AsNoTracking().SingleAsync(s => s.Id == id);
        return (effect.Version, effect.LastReviewed, effect.NextReviewDue, effect.Timing);
    }

    private async Task<string> FirstEditAddressAsync(string list)
    {
        var response = await Editor.GetAsync(list);
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            return response.Headers.Location!.OriginalString; // the urgent-help list goes straight to its one block
        }

        var page = await HtmlForm.ParseAsync(response);
        return page.QuerySelectorAll("main a[href]").Select(a => a.GetAttribute("href")!)
            .First(href => href.StartsWith($"{list}/edit/", StringComparison.Ordinal));
    }

    private async Task<HtmlForm> FormAsync(string address)
    {
        var response = await Editor.GetAsync(address);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return HtmlForm.From(await HtmlForm.ParseAsync(response), address, "form[method=post]:not(.signout)");
    }
}
