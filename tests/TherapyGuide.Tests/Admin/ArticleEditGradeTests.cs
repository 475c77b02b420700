using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TherapyGuide.Web.Content;
using TherapyGuide.Web.Data;

namespace TherapyGuide.Tests.Admin;

/// <summary>The article edit page's reading grade: the stored one on opening (no rendering), the typed body's after a refused save.</summary>
public sealed class ArticleEditGradeTests(SharedSite shared) : IClassFixture<SharedSite>, IAsyncLifetime, IDisposable
{
    private const string Address = "/admin/articles/edit/";
    private TestSite _site = null!;
    private HttpClient _editor = null!;

    public async Task InitializeAsync()
    {
        _site = await shared.FreshAsync();
        _editor = await EditorSession.SignInAsync(_site, "editor@example.org");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _editor.Dispose();
    }

    [Fact]
    public async Task Opening_the_page_shows_the_grade_stored_with_the_body()
    {
        var id = await _site.IdOfAsync(db => db.Articles, "choosing-a-treatment");
        await using (var scope = _site.Services.CreateAsyncScope())
        {
            // A grade no rendering of this body gives: the page can only have read it from the store.
            var db = scope.ServiceProvider.GetRequiredService<TherapyGuideDbContext>();
            await db.Articles.Where(a => a.Id == id).ExecuteUpdateAsync(s => s.SetProperty(a => a.ReadingGrade, 42.5));
        }

        var page = await HtmlForm.ParseAsync(await _editor.GetAsync($"{Address}{id}"));

        Assert.Equal(42.5.ToString("0.0", CultureInfo.CurrentCulture), page.QuerySelector("[data-grade]")!.TextContent);
    }

    [Fact]
    public async Task A_refused_save_shows_the_grade_of_the_body_as_typed()
    {
        var id = await _site.IdOfAsync(db => db.Articles, "choosing-a-treatment");
        var response = await _editor.GetAsync($"{Address}{id}");
        var form = HtmlForm.From(await HtmlForm.ParseAsync(response), $"{Address}{id}", "form[method=post]:not(.signout)");
        const string body = "Short words. Very short words here. Notwithstanding extraordinarily complicated circumstances, nevertheless.";

        var refused = await form.Set("Form.Title", "").Set("Form.Body", body).PostAsync(_editor);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await HtmlForm.ParseAsync(refused);
        var expected = ReadingLevel.Grade(new MarkdownRenderer().Render(body).PlainText).ToString("0.0", CultureInfo.CurrentCulture);
        Assert.Equal(expected, page.QuerySelector("[data-grade]")!.TextContent);
    }
}
