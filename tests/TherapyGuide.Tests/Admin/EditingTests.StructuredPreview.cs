using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;

namespace TherapyGuide.Tests.Admin;

// Every kind's Preview button: the item in the public page's markup, in a phone-wide frame and on an A4 sheet, with
// nothing saved.
public sealed partial class EditingTests
{
    public static TheoryData<string, string, string, string> PreviewedKinds() => new()
    {
        { "side-effects", "cytokine-release-syndrome", "Form.Management", ".care-card" },
        { "comparison", "how-it-works", "Form.CarT", "table" },
        { "conditions", "lupus", "Form.CarTNote", "table" },
        { "glossary", "t-cell", "Form.Definition", ".definition" },
        { "urgent-help", "urgent-help", "Form.Note", ".urgent-help" },
        { "articles", "choosing-a-treatment", "Form.Summary", "h1" },
        { "questions", "about-the-treatment", "Form.Questions", ".checklist" },
    };

    [Theory]
    [MemberData(nameof(PreviewedKinds))]
    public async Task Every_kind_previews_on_a_phone_and_on_paper_through_the_public_markup_and_saves_nothing(
        string folder, string slug, string field, string publicPart)
    {
        var address = await EditAddressAsync(folder, slug);
        var revisions = await RevisionCountAsync();
        var form = (await FormAsync(address)).Set(field, "Previewed words <script>alert(1)</script> here.");

        var response = await form.PressAsync(Editor, "Preview");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlForm.ParseAsync(response);
        var frames = page.QuerySelectorAll("#preview iframe").Cast<IHtmlInlineFrameElement>().ToList();
        Assert.Equal(["360", "794"], frames.Select(f => f.GetAttribute("width")));
        foreach (var frame in frames)
        {
            // Each frame is a whole page of its own, with the public partial and the typed words as text only.
            var document = new HtmlParser().ParseDocument(frame.GetAttribute("srcdoc")!);
            Assert.NotNull(document.QuerySelector(publicPart));
            Assert.Contains("Previewed words <script>alert(1)</script> here.", document.Body!.TextContent, StringComparison.Ordinal);
            Assert.Empty(document.QuerySelectorAll("script"));
            Assert.Equal("_blank", document.QuerySelector("base")!.GetAttribute("target"));
        }

        var paperStyles = new HtmlParser().ParseDocument(frames[1].GetAttribute("srcdoc")!).QuerySelector("link[rel=stylesheet]")!;
        Assert.Equal("/admin/preview/print.css", paperStyles.GetAttribute("href"));
        var box = page.QuerySelector($"[name='{field}']")!;
        Assert.Contains("Previewed words", box.TextContent + box.GetAttribute("value"), StringComparison.Ordinal); // the form keeps it
        Assert.Equal(revisions, await RevisionCountAsync());
        Assert.Equal(0, await Site.QueryAsync(db => db.ContentDrafts.CountAsync()));
    }

    [Fact]
    public async Task A_preview_of_a_form_with_problems_shows_the_problems_and_no_frames()
    {
        var address = await EditAddressAsync("side-effects", "cytokine-release-syndrome");
        var form = (await FormAsync(address)).Set("Form.Name", "");

        var response = await form.PressAsync(Editor, "Preview");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await HtmlForm.ParseAsync(response);
        Assert.Empty(page.QuerySelectorAll("iframe"));
        Assert.Contains("No preview yet", page.QuerySelector("#preview")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("DisplayName", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_items_preview_works_before_it_has_an_address_in_the_store()
    {
        var form = (await FormAsync("/admin/glossary/edit"))
            .Set("Form.Term", "Preview term")
            .Set("Form.Slug", "preview-term")
            .Set("Form.Definition", "A word only the preview knows.");

        var page = await HtmlForm.ParseAsync(await form.PressAsync(Editor, "Preview"));

        var phone = new HtmlParser().ParseDocument(page.QuerySelector("#preview iframe")!.GetAttribute("srcdoc")!);
        Assert.Equal("Preview term", phone.QuerySelector("h1")!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await Reader.GetAsync("/glossary/preview-term")).StatusCode);
    }

    [Fact]
    public async Task The_printed_previews_stylesheet_applies_the_print_rules_on_screen_and_is_for_editors_only()
    {
        var css = await Editor.GetStringAsync("/admin/preview/print.css");

        Assert.DoesNotContain("@media print", css, StringComparison.Ordinal);
        Assert.Contains("@media all", css, StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, (await Reader.GetAsync("/admin/preview/print.css")).StatusCode);
    }

    private async Task<string> EditAddressAsync(string folder, string slug) => folder switch
    {
        "side-effects" => $"/admin/side-effects/edit/{await IdAsync(db => db.SideEffects, slug)}",
        "comparison" => $"/admin/comparison/edit/{await IdAsync(db => db.ComparisonAspects, slug)}",
        "conditions" => $"/admin/conditions/edit/{await IdAsync(db => db.Conditions, slug)}",
        "glossary" => $"/admin/glossary/edit/{await IdAsync(db => db.GlossaryTerms, slug)}",
        "urgent-help" => $"/admin/urgent-help/edit/{await IdAsync(db => db.UrgentHelp, slug)}",
        "questions" => $"/admin/questions/edit/{await IdAsync(db => db.QuestionGroups, slug)}",
        _ => $"/admin/articles/edit/{await IdAsync(db => db.Articles, slug)}",
    };

    private Task<int> RevisionCountAsync() => Site.QueryAsync(db => db.Revisions.CountAsync());
}
