using System.Net;
using Microsoft.EntityFrameworkCore;
using TherapyGuide.Web.Content;

namespace TherapyGuide.Tests.Review;

/// <summary>The two other settings: every change reviewed (with the minor-change rule), and review off for a one-editor site.</summary>
public sealed class ReviewSettingTests : IDisposable
{
    private readonly TestSite _every = new() { Settings = { ["TherapyGuide:Review:Approval"] = "Every", ["TherapyGuide:Review:MinorChangeCharacters"] = "20" } };
    private readonly TestSite _off = new() { Settings = { ["TherapyGuide:Review:Approval"] = "Off" } };

    [Fact]
    public async Task With_every_change_reviewed_only_a_minor_change_marked_as_such_goes_live_without_a_reviewer()
    {
        using var editor = await EditorSession.SignInAsync(_every, "editor@example.org");
        using var reader = _every.CreateClient(new() { AllowAutoRedirect = false });
        var id = await _every.IdOfAsync(db => db.GlossaryTerms, "t-cell");
        var edit = $"/admin/glossary/edit/{id}";
        var dashboard = await editor.GetStringAsync("/admin");
        Assert.Contains("Every change needs a reviewer", dashboard, StringComparison.Ordinal);
        Assert.Contains("at most 20 characters", dashboard, StringComparison.Ordinal);

        var original = (await FormAsync(editor, edit))["Form.Definition"]!;
        var typo = original.Replace("cell", "cel", StringComparison.Ordinal);
        await _every.ExecuteAsync(db => db.GlossaryTerms.Where(t => t.Id == id).ExecuteUpdateAsync(t => t.SetProperty(x => x.Definition, typo)));

        // Not marked as minor: kept as a draft.
        var unmarked = await (await FormAsync(editor, edit)).Set("Form.Definition", original).PressAsync(editor, "Publish");
        Assert.Equal(HttpStatusCode.OK, unmarked.StatusCode);
        Assert.Contains("unless it is a minor one", await unmarked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(typo, await DefinitionAsync(id));

        // Marked as minor, and it is: live at once, and the revision says it went without review.
        var page = await HtmlForm.ParseAsync(await editor.GetAsync(edit));
        var minor = await HtmlForm.From(page, edit, "main form[novalidate]").Set("Form.Definition", original).Set("Minor", "true").PressAsync(editor, "Publish");
        Assert.Equal(HttpStatusCode.Redirect, minor.StatusCode);
        Assert.Equal(original, await DefinitionAsync(id));
        Assert.True(await _every.QueryAsync(db => db.Revisions.Where(r => r.Kind == ContentKind.Glossary && r.ContentId == id).OrderByDescending(r => r.Version).Select(r => r.Minor).FirstAsync()));

        // Marked as minor, but a new sentence is not: kept as a draft, with the rule in words.
        var big = await (await FormAsync(editor, edit)).Set("Form.Definition", original + " A whole new sentence that changes the meaning.").Set("Minor", "true").PressAsync(editor, "Publish");
        Assert.Equal(HttpStatusCode.OK, big.StatusCode);
        Assert.Contains("at most 20", await big.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(original, await DefinitionAsync(id));
        Assert.DoesNotContain("A whole new sentence", await reader.GetStringAsync("/glossary/t-cell"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_review_off_a_lone_editor_can_change_an_urgency_and_the_dashboard_says_review_is_off()
    {
        using var editor = await EditorSession.SignInAsync(_off, "editor@example.org");
        var id = await _off.IdOfAsync(db => db.SideEffects, "cytokine-release-syndrome");
        var edit = $"/admin/side-effects/edit/{id}";
        Assert.Contains("Review is off on this site", await editor.GetStringAsync("/admin"), StringComparison.Ordinal);

        var saved = await (await FormAsync(editor, edit)).Set("Form.Urgency", nameof(Urgency.ContactNow)).Set("Note", "Checked with the team.").PressAsync(editor, "Publish");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(Urgency.ContactNow, await _off.QueryAsync(db => db.SideEffects.Where(s => s.Id == id).Select(s => s.Urgency).SingleAsync()));
    }

    [Theory]
    [InlineData("side-effects", "cytokine-release-syndrome", "Form.Timing", "/side-effects")]
    [InlineData("glossary", "t-cell", "Form.Definition", "/glossary/t-cell")]
    [InlineData("conditions", "lupus", "Form.CarTNote", "/conditions")]
    [InlineData("comparison", "how-it-works", "Form.CarT", "/compare")]
    [InlineData("urgent-help", "urgent-help", "Form.Introduction", "/side-effects")]
    [InlineData("questions", "side-effects", "Form.Questions", "/questions")]
    [InlineData("articles", "choosing-a-treatment", "Form.Summary", "/articles/choosing-a-treatment")]
    public async Task Every_kind_keeps_a_draft_readers_do_not_see_until_it_is_published(string folder, string slug, string field, string publicPage)
    {
        using var editor = await EditorSession.SignInAsync(_off, $"drafts-{folder}@example.org");
        using var reader = _off.CreateClient(new() { AllowAutoRedirect = false });
        var edit = await EditAddressAsync(editor, folder, slug);
        var text = $"Draft text for {folder}, not public yet.";

        var saved = await (await FormAsync(editor, edit)).Set(field, text).PressAsync(editor, "Save draft");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.DoesNotContain(text, await reader.GetStringAsync(publicPage), StringComparison.Ordinal);
        var page = await HtmlForm.ParseAsync(await editor.GetAsync(edit));
        Assert.Contains("Draft", page.QuerySelector(".draft-status h2")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(text, HtmlForm.From(page, edit, "main form[novalidate]")[field]);
        var publish = page.QuerySelectorAll("form").OfType<AngleSharp.Html.Dom.IHtmlFormElement>().Single(f => f.Action.Contains("PublishDraft", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, (await HtmlForm.From(publish, edit).PostAsync(editor)).StatusCode);
        Assert.Contains(text, await reader.GetStringAsync(publicPage), StringComparison.Ordinal);
    }

    private static async Task<string> EditAddressAsync(HttpClient editor, string folder, string slug)
    {
        if (folder == "urgent-help")
        {
            return (await editor.GetAsync("/admin/urgent-help")).Headers.Location!.OriginalString; // one block: the list opens it
        }

        var list = await HtmlForm.ParseAsync(await editor.GetAsync($"/admin/{folder}"));
        var link = list.QuerySelectorAll("a[href^='/admin/']").Select(a => a.GetAttribute("href")!)
            .Where(h => h.StartsWith($"/admin/{folder}/edit/", StringComparison.Ordinal)).ToList();
        foreach (var address in link)
        {
            var form = await FormAsync(editor, address);
            if (form["Form.Slug"] == slug || form["Form.Slug"] is null) // the urgent-help block's address is fixed, not in its form
            {
                return address;
            }
        }

        throw new InvalidOperationException($"No {folder} item with the address {slug}.");
    }

    private async Task<string> DefinitionAsync(int id) =>
        await _every.QueryAsync(db => db.GlossaryTerms.Where(t => t.Id == id).Select(t => t.Definition).SingleAsync());

    private static async Task<HtmlForm> FormAsync(HttpClient client, string address) =>
        HtmlForm.From(await HtmlForm.ParseAsync(await client.GetAsync(address)), address, "main form[novalidate]");

    public void Dispose()
    {
        _every.Dispose();
        _off.Dispose();
    }
}
