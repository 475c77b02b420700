using System.Net;
using Microsoft.EntityFrameworkCore;
using TherapyGuide.Web.Accounts;

namespace TherapyGuide.Tests.Review;

// Deleting safety advice is a clinician's decision while approval is on.
public sealed partial class ReviewTests
{
    [Fact]
    public async Task An_editor_cannot_delete_a_side_effect_while_approval_is_on_but_a_reviewer_can()
    {
        var id = await Site.IdOfAsync(db => db.SideEffects, "cytokine-release-syndrome");
        var address = $"/admin/delete/sideeffect/{id}";

        var asEditor = await HtmlForm.ParseAsync(await Editor.GetAsync(address));
        Assert.Contains("only a reviewer may do it", asEditor.QuerySelector(".notice--warning")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(asEditor.QuerySelectorAll("main form[method=post]"));
        var version = await Site.QueryAsync(db => db.SideEffects.Where(s => s.Id == id).Select(s => s.Version).SingleAsync());
        var token = (await FormAsync(Editor, $"/admin/side-effects/edit/{id}"))["__RequestVerificationToken"]!;
        var forced = await Editor.PostAsync(address, new FormUrlEncodedContent([new("version", version.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.Forbidden, forced.StatusCode);
        Assert.Contains("Fever, chills or trouble breathing", await Reader.GetStringAsync("/side-effects"), StringComparison.Ordinal);

        using var reviewer = await EditorSession.SignInAsync(Site, "ana@example.org", Roles.Reviewer);
        var confirm = await HtmlForm.ParseAsync(await reviewer.GetAsync(address));
        var deleted = await HtmlForm.From(confirm, address).PostAsync(reviewer);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.False(await Site.QueryAsync(db => db.SideEffects.AnyAsync(s => s.Id == id)));

        // A glossary term is not safety advice: an editor deletes it as before.
        var termId = await Site.IdOfAsync(db => db.GlossaryTerms, "t-cell");
        var term = await HtmlForm.ParseAsync(await Editor.GetAsync($"/admin/delete/glossary/{termId}"));
        Assert.Equal(HttpStatusCode.Redirect, (await HtmlForm.From(term, $"/admin/delete/glossary/{termId}").PostAsync(Editor)).StatusCode);
    }
}
