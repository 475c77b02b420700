using System.Net;
using System.Text.Json;
using TherapyGuide.Web.Content;

namespace TherapyGuide.Tests.Admin;

/// <summary>A 5,000-column table took seconds to preview (issue 14): preview and save now refuse it at once, saying why.</summary>
public sealed class WideTableTests(SharedSite shared) : IClassFixture<SharedSite>, IAsyncLifetime, IDisposable
{
    private const string Refusal = "A table can have at most 20 columns; this one has 5,000.";

    private TestSite _site = null!;
    private HttpClient _editor = null!;
    private int _id;

    /// <summary>A header row, the delimiter row and two body rows, under the body's 200,000 characters.</summary>
    public static string WideTable { get; } = string.Join('\n',
        Row(i => $"h{i}"), Row(_ => "-"), Row(i => $"a{i}"), Row(i => $"b{i}"));

    public async Task InitializeAsync()
    {
        _site = await shared.FreshAsync();
        _editor = await EditorSession.SignInAsync(_site, "tables-editor@example.org");
        _id = await _site.IdOfAsync(db => db.Articles, "choosing-a-treatment");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _editor.Dispose();
    }

    [Fact]
    public async Task Saving_a_5000_column_table_is_refused_beside_the_text_and_nothing_is_saved()
    {
        var form = await FormAsync();
        var before = form["Form.Version"];

        var refused = await form.Set("Form.Body", "Some text.\n\n" + WideTable).PostAsync(_editor);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await HtmlForm.ParseAsync(refused);
        Assert.Contains(Refusal, page.QuerySelector("[data-valmsg-for='Form.Body']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, (await FormAsync())["Form.Version"]);
    }

    [Fact]
    public async Task The_live_preview_and_the_preview_button_refuse_a_5000_column_table_saying_why()
    {
        var form = await FormAsync();

        var live = await _editor.PostAsync($"/admin/articles/edit/{_id}?handler=LivePreview", new FormUrlEncodedContent(
            [new("__RequestVerificationToken", form["__RequestVerificationToken"]!), new("body", WideTable)]));
        var button = await form.Set("Form.Body", WideTable).PressAsync(_editor, "Preview");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, live.StatusCode);
        using var json = JsonDocument.Parse(await live.Content.ReadAsStringAsync());
        Assert.StartsWith(Refusal, json.RootElement.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, button.StatusCode);
        var page = await HtmlForm.ParseAsync(button);
        Assert.Contains(Refusal, page.QuerySelector("[data-preview] .notice")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(Refusal, page.QuerySelector("[data-valmsg-for='Form.Body']")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("[data-preview] table"));
    }

    [Fact]
    public async Task A_table_of_twenty_columns_previews_as_a_table()
    {
        var form = await FormAsync();
        var table = string.Join('\n', Row(i => $"H{i}", MarkdownRenderer.MaxTableColumns), Row(_ => "-", MarkdownRenderer.MaxTableColumns), Row(i => $"c{i}", MarkdownRenderer.MaxTableColumns));

        var live = await _editor.PostAsync($"/admin/articles/edit/{_id}?handler=LivePreview", new FormUrlEncodedContent(
            [new("__RequestVerificationToken", form["__RequestVerificationToken"]!), new("body", table)]));

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        using var json = JsonDocument.Parse(await live.Content.ReadAsStringAsync());
        Assert.Contains("<th>H19</th>", json.RootElement.GetProperty("html").GetString(), StringComparison.Ordinal);
    }

    private static string Row(Func<int, string> cell, int columns = 5_000) => "| " + string.Join(" | ", Enumerable.Range(0, columns).Select(cell)) + " |";

    private async Task<HtmlForm> FormAsync()
    {
        var address = $"/admin/articles/edit/{_id}";
        return HtmlForm.From(await HtmlForm.ParseAsync(await _editor.GetAsync(address)), address, "form[method=post]:not(.signout)");
    }
}
