using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TherapyGuide.Web.Content;
using TherapyGuide.Web.Data;

namespace TherapyGuide.Tests.Admin;

/// <summary>
/// A glossary spelling made of spaces and hyphens once made every page with a long run of hyphens spend a second
/// and fail (issue 14). The form now refuses such a spelling, and one already stored is skipped by the pages.
/// </summary>
public sealed class GlossarySpellingTests(SharedSite shared) : EditorAndReaderTest(shared, "spelling-editor@example.org"), IClassFixture<SharedSite>
{
    private const string Hostile = "- - - - - - - - - - - -";

    /// <summary>A run of hyphens that ends in a letter: what made the old pattern try every way to split it.</summary>
    private static readonly string _hyphenRun = new string('-', 3_000) + "x";

    [Fact]
    public async Task A_stored_spelling_the_rules_refuse_is_skipped_and_every_page_with_a_long_hyphen_run_still_answers()
    {
        string slug;
        // Straight into the store, as an import or a restored old revision would put it, bypassing the form.
        await using (var scope = Site.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TherapyGuideDbContext>();
            var renderer = scope.ServiceProvider.GetRequiredService<MarkdownRenderer>();
            var term = await db.GlossaryTerms.SingleAsync(t => t.Slug == "t-cell");
            term.Aliases = [.. term.Aliases, Hostile];
            var cytokine = await db.GlossaryTerms.SingleAsync(t => t.Slug == "cytokine");
            cytokine.Term = Hostile;
            var article = await db.Articles.FirstAsync(a => a.Status == ArticleStatus.Published);
            article.SetBody($"A divider made by hand: {_hyphenRun} and then T cells at work.\n\nThe rest of the article.", renderer);
            var row = await db.ComparisonAspects.FirstAsync();
            row.CarT = $"Hyphens {_hyphenRun} and T cells.";
            var condition = await db.Conditions.FirstAsync();
            condition.Summary = $"Hyphens {_hyphenRun} here.";
            await db.SaveChangesAsync();
            slug = article.Slug;
        }

        var page = await HtmlForm.ParseAsync(await OkAsync($"/articles/{slug}"));

        var body = page.QuerySelector("main")!.TextContent;
        Assert.Contains("A divider made by hand:", body, StringComparison.Ordinal);
        Assert.Contains("The rest of the article.", body, StringComparison.Ordinal);
        // The term's good spellings still work; only the refused one is skipped.
        Assert.Single(page.QuerySelectorAll("main button.term[popovertarget='term-t-cell']"));
        await OkAsync("/compare");
        await OkAsync("/conditions");
        await OkAsync($"/print?pages=articles/{slug}&pages=compare&pages=conditions");
        await OkAsync("/glossary");
    }

    [Theory]
    [InlineData("Form.Term", Hostile, "needs at least one letter")]
    [InlineData("Form.Term", "CAR  T", "single space or hyphen")]
    [InlineData("Form.Aliases", "T-cells\n" + Hostile, "needs at least one letter")]
    [InlineData("Form.Aliases", "T lymphocyte\nT -- cell", "single space or hyphen")]
    public async Task The_glossary_form_refuses_a_spelling_the_matcher_cannot_use_naming_it_and_saves_nothing(string field, string typed, string why)
    {
        var id = await Site.IdOfAsync(db => db.GlossaryTerms, "t-cell");
        var address = $"/admin/glossary/edit/{id}";
        var form = HtmlForm.From(await HtmlForm.ParseAsync(await Editor.GetAsync(address)), address, "form[method=post]:not(.signout)");
        var before = (form["Form.Term"], form["Form.Aliases"], form["Form.Version"]);

        var refused = await form.Set(field, typed).Set("Form.Definition", "A changed definition that must not be saved.").PostAsync(Editor);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await HtmlForm.ParseAsync(refused);
        var error = page.QuerySelector($"[data-valmsg-for='{field}']")!.TextContent;
        var spelling = typed.Split('\n')[^1];
        Assert.Contains($"“{spelling}”", error, StringComparison.Ordinal);
        Assert.Contains(why, error, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector(".error-summary"));
        var stored = HtmlForm.From(await HtmlForm.ParseAsync(await Editor.GetAsync(address)), address, "form[method=post]:not(.signout)");
        Assert.Equal(before, (stored["Form.Term"], stored["Form.Aliases"], stored["Form.Version"]));
        Assert.DoesNotContain("A changed definition", await Reader.GetStringAsync("/glossary/t-cell"), StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> OkAsync(string address)
    {
        var response = await Reader.GetAsync(address);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{address} answered {(int)response.StatusCode}");
        return response;
    }
}
