using System.Net;
using AngleSharp.Html.Dom;
using TherapyGuide.Web.Accounts;
using TherapyGuide.Web.Content;
using TherapyGuide.Web.Content.Editing;
using Xunit.Abstractions;

namespace TherapyGuide.Tests.Admin;

/// <summary>
/// Every form says where it posts and every button where it goes. A form without an action posts to the address
/// of the page it is on; after a second button (Preview) that address names the second button's handler, so Save
/// would run Preview again and nothing would be saved.
/// </summary>
public sealed partial class FormTargetTests(SharedSite shared, ITestOutputHelper output) : IClassFixture<SharedSite>, IAsyncLifetime, IDisposable
{
    private TestSite _site = null!;
    private HttpClient _admin = null!;
    private HttpClient _reader = null!;

    public async Task InitializeAsync()
    {
        _site = await shared.FreshAsync();
        _admin = await EditorSession.SignInAsync(_site, "forms.admin@example.org", Roles.Admin);
        _reader = _site.CreateClient(new() { AllowAutoRedirect = false });
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _admin.Dispose();
        _reader.Dispose();
    }

    [Fact]
    public async Task Save_pressed_on_the_page_that_Preview_returned_saves_and_the_new_version_is_live()
    {
        const string Slug = "choosing-a-treatment";
        var id = await _site.IdOfAsync(db => db.Articles, Slug);
        var editAddress = $"/admin/articles/edit/{id}";
        var edit = HtmlForm.From(await PageAsync(_admin, editAddress), editAddress, EditorForm)
            .Set("Form.Body", "## A safety correction\n\nQuokkaline correction: ring the ward at once.")
            .Set("Note", "Safety correction, previewed first");

        var previewAddress = edit.Button("Preview").Action;
        var previewed = await edit.PressAsync(_admin, "Preview");
        Assert.Equal(HttpStatusCode.OK, previewed.StatusCode);
        var previewPage = await HtmlForm.ParseAsync(previewed);
        Assert.Equal("A safety correction", previewPage.QuerySelector("[data-preview] h2")!.TextContent);

        // The browser's address is now the Preview post's; the returned page's own form decides where Save goes.
        var saved = await HtmlForm.From(previewPage, previewAddress, EditorForm).PressAsync(_admin, "Publish");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal($"{editAddress}?saved=true", saved.Headers.Location!.OriginalString);
        var history = await PageAsync(_admin, ContentKinds.HistoryPath(ContentKind.Article, id));
        Assert.Contains("Safety correction, previewed first", history.QuerySelector("table tbody tr")!.TextContent, StringComparison.Ordinal);
        var article = await PageAsync(_reader, $"/articles/{Slug}");
        Assert.Contains("Quokkaline correction: ring the ward at once.", article.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_pressed_again_on_the_previewed_page_still_previews_and_saves_nothing()
    {
        const string Slug = "choosing-a-treatment";
        var id = await _site.IdOfAsync(db => db.Articles, Slug);
        var editAddress = $"/admin/articles/edit/{id}";
        var edit = HtmlForm.From(await PageAsync(_admin, editAddress), editAddress, EditorForm).Set("Form.Body", "## First look\n\nWords.");
        var previewAddress = edit.Button("Preview").Action;
        var previewPage = await HtmlForm.ParseAsync(await edit.PressAsync(_admin, "Preview"));

        var again = await HtmlForm.From(previewPage, previewAddress, EditorForm).Set("Form.Body", "## Second look\n\nWords.").PressAsync(_admin, "Preview");

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal("Second look", (await HtmlForm.ParseAsync(again)).QuerySelector("[data-preview] h2")!.TextContent);
        Assert.DoesNotContain("Second look", await _reader.GetStringAsync($"/articles/{Slug}"), StringComparison.Ordinal);
    }

    /// <summary>
    /// The structured editors have one button, Save; the pages a post returns to them are a refused save (a field
    /// left empty) and the saved page. Save pressed on each of those, as a browser would, saves.
    /// </summary>
    [Theory]
    [InlineData("comparison", "Form.Immunotherapy")]
    [InlineData("side-effects", "Form.Symptoms")]
    [InlineData("glossary", "Form.Definition")]
    [InlineData("conditions", "Form.Summary")]
    [InlineData("questions", "Form.Questions")]
    public async Task Save_pressed_on_a_page_a_post_returned_saves_each_structured_kind(string folder, string field)
    {
        var editAddress = $"/admin/{folder}/edit/1";
        var form = HtmlForm.From(await PageAsync(_admin, editAddress), editAddress, EditorForm);
        var slug = form["Form.Slug"]!;
        var kind = Enum.GetValues<ContentKind>().Single(k => ContentKinds.AdminFolder(k) == folder);

        var refused = await form.Set(field, "").PressAsync(_admin, "Publish");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var refusedPage = await HtmlForm.ParseAsync(refused);
        Assert.NotNull(refusedPage.QuerySelector(".field-error:not(:empty), .error-summary"));

        var saved = await HtmlForm.From(refusedPage, form.Button("Publish").Action, EditorForm)
            .Set(field, "Quokkaline first wording.").Set("Note", "First fix").PressAsync(_admin, "Publish");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var savedAddress = saved.Headers.Location!.OriginalString;
        Assert.Equal($"{editAddress}?saved=true", savedAddress);

        var second = await HtmlForm.From(await PageAsync(_admin, savedAddress), savedAddress, EditorForm)
            .Set(field, "Quokkaline second wording.").Set("Note", "Second fix").PressAsync(_admin, "Publish");
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);

        var rows = (await PageAsync(_admin, ContentKinds.HistoryPath(kind, 1))).QuerySelectorAll("table tbody tr");
        Assert.Contains("Second fix", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("First fix", rows[1].TextContent, StringComparison.Ordinal);
        var publicPage = await PageAsync(_reader, ContentKinds.PublicPath(kind, slug).Split('#')[0]);
        Assert.Contains("Quokkaline second wording.", publicPage.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    private const string EditorForm = "main form[method=post]";

    private static async Task<IHtmlDocument> PageAsync(HttpClient client, string address)
    {
        var response = await client.GetAsync(address);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{address} answered {(int)response.StatusCode}");
        return await HtmlForm.ParseAsync(response);
    }
}
