using System.Net;

namespace TherapyGuide.Tests.Admin;

// Preview and live preview, and hostile Markdown.
public sealed partial class EditingTests
{
    [Fact]
    public async Task Preview_renders_through_the_public_pipeline_without_javascript_and_keeps_the_form()
    {
        var (id, slug) = await ArticleAsync("choosing-a-treatment");
        var form = (await EditFormAsync(id)).Set("Form.Body", "## Preview heading\n\nShort words. <script>alert(1)</script>");

        var response = await form.PostAsync(Editor, $"/admin/articles/edit/{id}?handler=Preview");

        var page = await HtmlForm.ParseAsync(response);
        var preview = page.QuerySelector("[data-preview]")!;
        Assert.Equal("Preview heading", preview.QuerySelector("h2")!.TextContent);
        Assert.Empty(LiveMarkup.Find(preview.InnerHtml));
        Assert.NotEqual("–", page.QuerySelector("[data-grade]")!.TextContent);
        Assert.Contains("## Preview heading", page.QuerySelector("#Form_Body")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Preview heading", await Reader.GetStringAsync($"/articles/{slug}"), StringComparison.Ordinal); // nothing saved
    }

    [Fact]
    public async Task Live_preview_answers_json_with_the_html_and_reading_grade()
    {
        var (id, _) = await ArticleAsync("choosing-a-treatment");
        var token = (await EditFormAsync(id))["__RequestVerificationToken"]!;

        var response = await Editor.PostAsync(
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

        var saved = await (await EditFormAsync(id)).Set("Form.Body", $"## Section\n\nBefore {payload} after.\n\n{payload}").PostAsync(Editor);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var page = await HtmlForm.ParseAsync(await Reader.GetAsync($"/articles/{slug}"));
        Assert.Empty(LiveMarkup.Find(page.QuerySelector(".prose")!.InnerHtml));
        Assert.All(page.QuerySelectorAll("script:not([type='application/ld+json'])"), script => Assert.StartsWith("/js/", script.GetAttribute("src"), StringComparison.Ordinal));
    }
}
