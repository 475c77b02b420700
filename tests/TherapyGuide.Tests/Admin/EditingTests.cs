using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.Extensions.DependencyInjection;
using TherapyGuide.Web.Content;
using TherapyGuide.Web.Data;

namespace TherapyGuide.Tests.Admin;

/// <summary>Editors' work as they would do it in a browser: real forms, real tokens, a real SQLite store.</summary>
public sealed class EditingTests : IAsyncLifetime, IDisposable
{
    private readonly TestSite _site = new();
    private HttpClient _editor = null!;
    private HttpClient _reader = null!;

    public async Task InitializeAsync()
    {
        _editor = await EditorSession.SignInAsync(_site, "editor@example.org");
        _reader = _site.CreateClient(new() { AllowAutoRedirect = false });
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _editor.Dispose();
        _reader.Dispose();
        _site.Dispose();
    }

    [Fact]
    public async Task An_edit_shows_on_the_public_page_at_the_very_next_request()
    {
        var (id, slug) = await ArticleAsync("choosing-a-treatment");
        Assert.DoesNotContain("Freshly edited title", await _reader.GetStringAsync($"/articles/{slug}"), StringComparison.Ordinal); // now cached

        var saved = await (await EditFormAsync(id)).Set("Form.Title", "Freshly edited title").PostAsync(_editor);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var page = await HtmlForm.ParseAsync(await _reader.GetAsync($"/articles/{slug}"));
        Assert.Equal("Freshly edited title", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("Freshly edited title", await _reader.GetStringAsync("/articles"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_save_from_a_stale_form_is_refused_and_shows_both_versions_keeping_the_editors_text()
    {
        var (id, slug) = await ArticleAsync("what-treatment-is-like");
        var mine = await EditFormAsync(id);
        var theirs = await EditFormAsync(id);
        Assert.Equal(HttpStatusCode.Redirect, (await theirs.Set("Form.Summary", "Their newer summary.").PostAsync(_editor)).StatusCode);

        var refused = await mine.Set("Form.Summary", "My summary typed from an old form.").PostAsync(_editor);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var page = await HtmlForm.ParseAsync(refused);
        Assert.Contains("Someone else saved this", page.QuerySelector(".notice--conflict")!.TextContent, StringComparison.Ordinal);
        var compared = page.QuerySelector(".diff-field")!.TextContent;
        Assert.Contains("Their newer summary.", compared, StringComparison.Ordinal);
        Assert.Contains("My summary typed from an old form.", compared, StringComparison.Ordinal);
        Assert.Equal("My summary typed from an old form.", page.QuerySelector("#Form_Summary")!.TextContent.Trim());
        Assert.Contains("Their newer summary.", await _reader.GetStringAsync($"/articles/{slug}"), StringComparison.Ordinal);

        // Having seen both, the editor saves the merged text on purpose: the form now carries the newer version.
        var merged = HtmlForm.From(page, $"/admin/articles/edit/{id}").Set("Form.Summary", "Merged summary.");
        Assert.Equal(HttpStatusCode.Redirect, (await merged.PostAsync(_editor)).StatusCode);
        Assert.Contains("Merged summary.", await _reader.GetStringAsync($"/articles/{slug}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task History_lists_every_save_diffs_any_two_and_restore_is_a_new_revision()
    {
        var (id, slug) = await ArticleAsync("how-the-immune-system-fights-cancer");
        var original = await TitleAsync(slug);
        await (await EditFormAsync(id)).Set("Form.Title", "Second title").Set("Note", "First change").PostAsync(_editor);
        await (await EditFormAsync(id)).Set("Form.Title", "Third title").PostAsync(_editor);

        var history = await HtmlForm.ParseAsync(await _editor.GetAsync($"/admin/history/article/{id}"));
        var rows = history.QuerySelectorAll("table tbody tr");
        Assert.Equal(3, rows.Length); // the import, then two saves
        Assert.Contains("First change", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("editor@example.org", rows[0].TextContent, StringComparison.Ordinal);
        var diff = history.QuerySelector(".diff")!;
        Assert.Contains("Second title", diff.QuerySelector("del")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Third title", diff.QuerySelector("ins")!.TextContent, StringComparison.Ordinal);

        var first = history.QuerySelectorAll("form.inline-form").Cast<IHtmlFormElement>().Last();
        var restored = await HtmlForm.From(history, $"/admin/history/article/{id}", $"form.inline-form:has(input[value='{first.QuerySelector("input[name=revisionId]")!.GetAttribute("value")}'])")
            .PostAsync(_editor, $"/admin/history/article/{id}?handler=Restore");

        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        Assert.Equal(original, await TitleAsync(slug));
        var after = await HtmlForm.ParseAsync(await _editor.GetAsync($"/admin/history/article/{id}"));
        Assert.Equal(4, after.QuerySelectorAll("table tbody tr").Length);
        Assert.Contains("Restored", after.QuerySelectorAll("table tbody tr")[0].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Renaming_an_article_keeps_the_old_address_working_with_a_301()
    {
        var (id, slug) = await ArticleAsync("side-effects-compared");

        await (await EditFormAsync(id)).Set("Form.Slug", "side-effects-side-by-side").PostAsync(_editor);

        var old = await _reader.GetAsync($"/articles/{slug}");
        Assert.Equal(HttpStatusCode.MovedPermanently, old.StatusCode);
        Assert.Equal("/articles/side-effects-side-by-side", old.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await _reader.GetAsync("/articles/side-effects-side-by-side")).StatusCode);
    }

    [Fact]
    public async Task A_draft_is_never_shown_to_readers_and_publishing_shows_it()
    {
        var form = HtmlForm.From(await HtmlForm.ParseAsync(await _editor.GetAsync("/admin/articles/edit")), "/admin/articles/edit")
            .Set("Form.Title", "A draft about recovery")
            .Set("Form.Slug", "draft-about-recovery")
            .Set("Form.Summary", "Not ready yet.")
            .Set("Form.Body", "## Still writing\n\nSome words.")
            .Set("Form.Status", "Draft");

        var created = await form.PostAsync(_editor);

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _reader.GetAsync("/articles/draft-about-recovery")).StatusCode);
        Assert.DoesNotContain("A draft about recovery", await _reader.GetStringAsync("/articles"), StringComparison.Ordinal);
        Assert.Contains("A draft about recovery", await _editor.GetStringAsync("/admin"), StringComparison.Ordinal);

        var editAddress = created.Headers.Location!.OriginalString.Split('?')[0];
        var publish = HtmlForm.From(await HtmlForm.ParseAsync(await _editor.GetAsync(editAddress)), editAddress).Set("Form.Status", "Published");
        Assert.Equal(HttpStatusCode.Redirect, (await publish.PostAsync(_editor)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _reader.GetAsync("/articles/draft-about-recovery")).StatusCode);
    }

    [Fact]
    public async Task Validation_errors_appear_beside_their_fields_and_nothing_typed_is_lost()
    {
        var (id, _) = await ArticleAsync("choosing-a-treatment");
        var body = "A long body the editor typed.\n\nIt must survive a failed submit.";

        var response = await (await EditFormAsync(id))
            .Set("Form.Title", "")
            .Set("Form.Slug", "Not A Slug!")
            .Set("Form.Body", body)
            .Set("Form.NextReviewDue", "2020-01-01")
            .PostAsync(_editor);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlForm.ParseAsync(response);
        Assert.NotNull(page.QuerySelector(".error-summary"));
        Assert.Contains("Enter a title", page.QuerySelector("[data-valmsg-for='Form.Title']")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("lowercase", page.QuerySelector("[data-valmsg-for='Form.Slug']")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("after the last review", page.QuerySelector("[data-valmsg-for='Form.NextReviewDue']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(body, page.QuerySelector("#Form_Body")!.TextContent.Trim().Replace("\r\n", "\n", StringComparison.Ordinal));
        Assert.Equal("Not A Slug!", page.QuerySelector("#Form_Slug")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Two_items_cannot_share_an_address()
    {
        var (id, _) = await ArticleAsync("choosing-a-treatment");

        var response = await (await EditFormAsync(id)).Set("Form.Slug", "what-treatment-is-like").PostAsync(_editor);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("already uses this address", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_renders_through_the_public_pipeline_without_javascript_and_keeps_the_form()
    {
        var (id, slug) = await ArticleAsync("choosing-a-treatment");
        var form = (await EditFormAsync(id)).Set("Form.Body", "## Preview heading\n\nShort words. <script>alert(1)</script>");

        var response = await form.PostAsync(_editor, $"/admin/articles/edit/{id}?handler=Preview");

        var page = await HtmlForm.ParseAsync(response);
        var preview = page.QuerySelector("[data-preview]")!;
        Assert.Equal("Preview heading", preview.QuerySelector("h2")!.TextContent);
        Assert.Empty(LiveMarkup.Find(preview.InnerHtml));
        Assert.NotEqual("–", page.QuerySelector("[data-grade]")!.TextContent);
        Assert.Contains("## Preview heading", page.QuerySelector("#Form_Body")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Preview heading", await _reader.GetStringAsync($"/articles/{slug}"), StringComparison.Ordinal); // nothing saved
    }

    [Fact]
    public async Task Live_preview_answers_json_with_the_html_and_reading_grade()
    {
        var (id, _) = await ArticleAsync("choosing-a-treatment");
        var token = (await EditFormAsync(id))["__RequestVerificationToken"]!;

        var response = await _editor.PostAsync(
            $"/admin/articles/edit/{id}?handler=LivePreview",
            new FormUrlEncodedContent([new("body", "## Hi\n\nThe cat sat."), new("__RequestVerificationToken", token)]));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("<h2", json.RootElement.GetProperty("html").GetString(), StringComparison.Ordinal);
        Assert.True(json.RootElement.GetProperty("grade").GetDouble() < 5);
    }

    public static TheoryData<string> HostileMarkdown() =>
    [
        "<script>alert('x')</script>",
        "<img src=x onerror=alert(1)>",
        "[click me](javascript:alert(1))",
        "[click me](JaVaScRiPt:alert(1))",
        "[click me](vbscript:msgbox(1))",
        "[click me](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "![x](javascript:alert(1))",
        "<iframe src=\"https://evil.example\"></iframe>",
        "<svg/onload=alert(1)>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<div onmouseover=\"alert(1)\">hover</div>",
        "[x](  javascript:alert(1)  )",
        "<style>body{display:none}</style>",
        "<form action=\"https://evil.example\"><input name=q></form>",
        "<object data=\"javascript:alert(1)\"></object>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<<script>script>alert(1)<</script>/script>",
        "[a](https://example.org \"title\\\" onmouseover=alert(1) x=\\\"\")",
        "<details open ontoggle=alert(1)>",
        "`<script>alert(1)</script>`",
    ];

    [Theory]
    [MemberData(nameof(HostileMarkdown))]
    public async Task Hostile_markdown_never_reaches_the_public_page_as_live_markup(string payload)
    {
        var (id, slug) = await ArticleAsync("immunotherapy-and-car-t-compared");

        var saved = await (await EditFormAsync(id)).Set("Form.Body", $"## Section\n\nBefore {payload} after.\n\n{payload}").PostAsync(_editor);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var page = await HtmlForm.ParseAsync(await _reader.GetAsync($"/articles/{slug}"));
        Assert.Empty(LiveMarkup.Find(page.QuerySelector(".prose")!.InnerHtml));
        Assert.All(page.QuerySelectorAll("script:not([type='application/ld+json'])"), script => Assert.StartsWith("/js/", script.GetAttribute("src"), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Structured_content_is_editable_and_shows_at_once()
    {
        var effectId = await IdAsync(db => db.SideEffects, "cytokine-release-syndrome");
        var termId = await IdAsync(db => db.GlossaryTerms, "t-cell");
        var conditionId = await IdAsync(db => db.Conditions, "lupus");
        var rowId = await IdAsync(db => db.ComparisonAspects, "how-it-works");

        await (await FormAsync($"/admin/side-effects/edit/{effectId}")).Set("Form.Timing", "Edited timing text.").PostAsync(_editor);
        await (await FormAsync($"/admin/glossary/edit/{termId}")).Set("Form.Definition", "Edited definition text.").PostAsync(_editor);
        await (await FormAsync($"/admin/conditions/edit/{conditionId}")).Set("Form.CarTNote", "Edited condition note.").PostAsync(_editor);
        await (await FormAsync($"/admin/comparison/edit/{rowId}")).Set("Form.CarT", "Edited comparison cell.").PostAsync(_editor);

        Assert.Contains("Edited timing text.", await _reader.GetStringAsync("/side-effects"), StringComparison.Ordinal);
        Assert.Contains("Edited definition text.", await _reader.GetStringAsync("/glossary/t-cell"), StringComparison.Ordinal);
        Assert.Contains("Edited condition note.", await _reader.GetStringAsync("/conditions"), StringComparison.Ordinal);
        Assert.Contains("Edited comparison cell.", await _reader.GetStringAsync("/compare"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Comparison_rows_can_be_moved_and_the_table_follows()
    {
        var before = await RowOrderAsync();
        var list = await HtmlForm.ParseAsync(await _editor.GetAsync("/admin/comparison"));
        var second = HtmlForm.From(list, "/admin/comparison", "tbody tr:nth-child(2) form").Set("direction", "up");

        var moved = await second.PostAsync(_editor, "/admin/comparison?handler=Move");

        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        var after = await RowOrderAsync();
        Assert.Equal([before[1], before[0], .. before.Skip(2)], after);
    }

    [Fact]
    public async Task Deleting_asks_first_removes_the_item_and_history_can_bring_it_back()
    {
        var termId = await IdAsync(db => db.GlossaryTerms, "cytokine");
        var confirm = await HtmlForm.ParseAsync(await _editor.GetAsync($"/admin/delete/glossary/{termId}"));
        Assert.Contains("Delete", confirm.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);

        var deleted = await HtmlForm.From(confirm, $"/admin/delete/glossary/{termId}").PostAsync(_editor);

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _reader.GetAsync("/glossary/cytokine")).StatusCode);
        var history = await HtmlForm.ParseAsync(await _editor.GetAsync($"/admin/history/glossary/{termId}"));
        Assert.Contains("was deleted", history.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var restore = HtmlForm.From(history, $"/admin/history/glossary/{termId}", "form.inline-form");
        Assert.Equal(HttpStatusCode.Redirect, (await restore.PostAsync(_editor, $"/admin/history/glossary/{termId}?handler=Restore")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _reader.GetAsync("/glossary/cytokine")).StatusCode);
    }

    [Theory]
    [InlineData("/admin/articles/edit/999999")]
    [InlineData("/admin/history/article/999999")]
    [InlineData("/admin/history/nonsense/1")]
    [InlineData("/admin/delete/article/999999")]
    [InlineData("/admin/delete/../../etc/1")]
    [InlineData("/admin/articles/edit/abc")]
    public async Task Bogus_admin_addresses_answer_404(string address)
    {
        var response = await _editor.GetAsync(address);

        Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{address} answered {response.StatusCode}");
    }

    [Fact]
    public async Task A_bogus_audit_page_sends_an_editor_to_the_denied_page_as_the_audit_log_is_for_admins()
    {
        var response = await _editor.GetAsync("/admin/audit?page=-5");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/denied?ReturnUrl=", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Form.Version", "not-a-number")]
    [InlineData("Form.Topic", "Nonsense")]
    [InlineData("Form.Status", "999")]
    [InlineData("Form.LastReviewed", "yesterday")]
    [InlineData("Form.Order", "99999999999999999999")]
    public async Task Malformed_fields_are_refused_and_nothing_is_saved(string field, string value)
    {
        var (id, slug) = await ArticleAsync("choosing-a-treatment");

        var response = await (await EditFormAsync(id)).Set("Form.Title", "Should not be saved").Set(field, value).PostAsync(_editor);

        // Refused by showing the form again with the error, not saved and redirected.
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{field} gave {response.StatusCode}");
        Assert.DoesNotContain("Should not be saved", await _reader.GetStringAsync($"/articles/{slug}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_follows_every_save_delete_and_restore_and_never_shows_drafts()
    {
        var termId = await IdAsync(db => db.GlossaryTerms, "antigen");
        await (await FormAsync($"/admin/glossary/edit/{termId}")).Set("Form.Definition", "A marker. Zanzibarian test word.").PostAsync(_editor);
        Assert.Contains("/glossary/antigen", await SearchAsync("zanzibarian"));

        var draft = HtmlForm.From(await HtmlForm.ParseAsync(await _editor.GetAsync("/admin/articles/edit")), "/admin/articles/edit")
            .Set("Form.Title", "Quokkaful draft").Set("Form.Slug", "quokkaful-draft").Set("Form.Summary", "Draft.")
            .Set("Form.Body", "## Part\n\nQuokkaful words.").Set("Form.Status", "Draft");
        var created = await draft.PostAsync(_editor);
        Assert.Empty(await SearchAsync("quokkaful"));

        var editAddress = created.Headers.Location!.OriginalString.Split('?')[0];
        await HtmlForm.From(await HtmlForm.ParseAsync(await _editor.GetAsync(editAddress)), editAddress).Set("Form.Status", "Published").PostAsync(_editor);
        Assert.Contains("/articles/quokkaful-draft", await SearchAsync("quokkaful"));

        var confirm = await HtmlForm.ParseAsync(await _editor.GetAsync($"/admin/delete/glossary/{termId}"));
        await HtmlForm.From(confirm, $"/admin/delete/glossary/{termId}").PostAsync(_editor);
        Assert.Empty(await SearchAsync("zanzibarian"));

        var history = await HtmlForm.ParseAsync(await _editor.GetAsync($"/admin/history/glossary/{termId}"));
        await HtmlForm.From(history, $"/admin/history/glossary/{termId}", "form.inline-form").PostAsync(_editor, $"/admin/history/glossary/{termId}?handler=Restore");
        Assert.Contains("/glossary/antigen", await SearchAsync("zanzibarian"));
    }

    private async Task<List<string>> SearchAsync(string query)
    {
        var page = await HtmlForm.ParseAsync(await _reader.GetAsync("/search?q=" + Uri.EscapeDataString(query)));
        return page.QuerySelectorAll(".result__title a").Select(a => a.GetAttribute("href")!).ToList();
    }

    private async Task<List<string>> RowOrderAsync()
    {
        var page = await HtmlForm.ParseAsync(await _reader.GetAsync("/compare"));
        return page.QuerySelectorAll("tbody th[scope=row]").Select(t => t.TextContent).ToList();
    }

    private async Task<HtmlForm> EditFormAsync(int id) => await FormAsync($"/admin/articles/edit/{id}");

    private async Task<HtmlForm> FormAsync(string address)
    {
        var response = await _editor.GetAsync(address);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return HtmlForm.From(await HtmlForm.ParseAsync(response), address, "form[method=post]:not(.signout)");
    }

    private async Task<string> TitleAsync(string slug) =>
        (await HtmlForm.ParseAsync(await _reader.GetAsync($"/articles/{slug}"))).QuerySelector("h1")!.TextContent;

    private async Task<(int Id, string Slug)> ArticleAsync(string slug) => (await IdAsync(db => db.Articles, slug), slug);

    private Task<int> IdAsync<T>(Func<TherapyGuideDbContext, IQueryable<T>> set, string slug) where T : ContentItem => _site.IdOfAsync(set, slug);
}
