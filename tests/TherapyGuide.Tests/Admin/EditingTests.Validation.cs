using System.Net;

namespace TherapyGuide.Tests.Admin;

// What the edit forms refuse: invalid fields, shared addresses, bogus addresses.
public sealed partial class EditingTests
{
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
            .PostAsync(Editor);

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

        var response = await (await EditFormAsync(id)).Set("Form.Slug", "what-treatment-is-like").PostAsync(Editor);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("already uses this address", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
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
        var response = await Editor.GetAsync(address);

        Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{address} answered {response.StatusCode}");
    }

    [Fact]
    public async Task A_bogus_audit_page_sends_an_editor_to_the_denied_page_as_the_audit_log_is_for_admins()
    {
        var response = await Editor.GetAsync("/admin/audit?page=-5");

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

        var response = await (await EditFormAsync(id)).Set("Form.Title", "Should not be saved").Set(field, value).PostAsync(Editor);

        // Refused by showing the form again with the error, not saved and redirected.
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{field} gave {response.StatusCode}");
        Assert.DoesNotContain("Should not be saved", await Reader.GetStringAsync($"/articles/{slug}"), StringComparison.Ordinal);
    }
}
