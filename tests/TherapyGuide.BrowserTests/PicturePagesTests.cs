using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SkiaSharp;
using TherapyGuide.Web.Data;

namespace TherapyGuide.BrowserTests;

/// <summary>A picture uploaded through the real form in a browser, then shown in an article: on a phone and on paper.</summary>
[Collection(SharedBrowser.Name)]
public sealed class PicturePagesTests(BrowserSite site) : BrowserTest(site)
{
    private const string Slug = "what-treatment-is-like";

    [Fact]
    public async Task An_uploaded_wide_picture_fits_a_phone_and_the_printed_page_and_its_pages_have_no_axe_violations()
    {
        var page = await AdminPages.SignedInPageAsync(Site, 320);
        var markdown = await UploadAsync(page, "wide-chart.png", "image/png", WidePng());
        await AccessibilityTests.AssertNoViolationsAsync(page, "picture uploaded");
        await page.GotoAsync("/admin/pictures");
        await AccessibilityTests.AssertNoViolationsAsync(page, "picture list");
        Assert.True(await NoSidewaysScrollAsync(page), "the picture list scrolls sideways at 320 px");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSite.Artifacts, "admin-pictures-with-one-320.png"), FullPage = true });

        await ShowInArticleAsync(page, markdown, async () =>
        {
            var reader = await Site.NewPageAsync(320);
            await reader.GotoAsync($"/articles/{Slug}");
            var image = reader.Locator(".prose figure.media-picture img");
            await image.ScrollIntoViewIfNeededAsync();
            await AccessibilityTests.AssertNoViolationsAsync(reader, "article with a picture");
            Assert.True(await NoSidewaysScrollAsync(reader), "the article scrolls sideways at 320 px");
            Assert.True((await image.BoundingBoxAsync())!.Width <= 320, "the picture is wider than the phone");
            await image.ScreenshotAsync(new() { Path = Path.Combine(BrowserSite.Artifacts, "article-picture-320.png") });

            await reader.EmulateMediaAsync(new() { Media = Media.Print });
            var fits = await reader.EvaluateAsync<bool>("() => { const img = document.querySelector('.prose figure.media-picture img'); return img.getBoundingClientRect().width <= img.closest('.prose').getBoundingClientRect().width + 1; }");
            Assert.True(fits, "the printed picture is wider than the text");
            await reader.PdfAsync(new() { Path = Path.Combine(BrowserSite.Artifacts, "article-picture.pdf") });
        });
    }

    [HtmlCheckerFact]
    public async Task The_pages_that_show_an_uploaded_picture_are_valid_html()
    {
        var folder = Directory.CreateTempSubdirectory("tg-vnu-pictures-");
        try
        {
            var files = new List<string>();
            var page = await AdminPages.SignedInPageAsync(Site);
            var markdown = await UploadAsync(page, "tall-chart.png", "image/png", WidePng(300, 900));
            files.Add(await SaveAsync(folder.FullName, "picture-uploaded", await page.ContentAsync()));
            files.Add(await SaveAsync(folder.FullName, "picture-list", await (await page.GotoAsync("/admin/pictures"))!.TextAsync()));
            await ShowInArticleAsync(page, markdown, async () =>
            {
                var reader = await Site.NewPageAsync();
                files.Add(await SaveAsync(folder.FullName, "article-with-picture", await (await reader.GotoAsync($"/articles/{Slug}"))!.TextAsync()));
            });

            var errors = await HtmlValidityTests.CheckAsync(files);

            Assert.True(errors.Count == 0, string.Join("\n", errors));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>Uploads through the form, as an editor would, and returns the Markdown the page then shows.</summary>
    private static async Task<string> UploadAsync(IPage page, string name, string type, byte[] bytes)
    {
        await page.GotoAsync("/admin/pictures/upload");
        await page.Locator("#PictureFile").SetInputFilesAsync(new FilePayload { Name = name, MimeType = type, Buffer = bytes });
        await page.Locator("#AltText").FillAsync("A chart of treatment weeks");
        await page.Locator("#LongDescription").FillAsync("Week one: the cells are collected.\n\nWeek four: the cells are given back.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**uploaded=*");
        return (await page.Locator(".picture-markdown code").TextContentAsync())!;
    }

    /// <summary>Publishes the article with the picture at its end, runs <paramref name="check"/>, then puts the article back as it was for the tests that follow.</summary>
    private async Task ShowInArticleAsync(IPage page, string markdown, Func<Task> check)
    {
        int id;
        await using (var scope = Site.Services.CreateAsyncScope())
        {
            id = await scope.ServiceProvider.GetRequiredService<TherapyGuideDbContext>().Articles.Where(a => a.Slug == Slug).Select(a => a.Id).SingleAsync();
        }

        var edit = $"/admin/articles/edit/{id}";
        await page.GotoAsync(edit);
        var original = await page.Locator("#Form_Body").InputValueAsync();
        await PublishAsync(page, $"{original}\n\n{markdown}\n");
        try
        {
            await check();
        }
        finally
        {
            await page.GotoAsync(edit);
            await PublishAsync(page, original);
        }
    }

    private static async Task PublishAsync(IPage page, string body)
    {
        await page.Locator("#Form_Body").FillAsync(body);
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**saved=true");
    }

    private static async Task<string> SaveAsync(string folder, string name, string html)
    {
        var path = Path.Combine(folder, $"{name}.html");
        await File.WriteAllTextAsync(path, html);
        return path;
    }

    private static Task<bool> NoSidewaysScrollAsync(IPage page) =>
        page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth");

    private static byte[] WidePng(int width = 1600, int height = 400)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.White);
            using var paint = new SKPaint { Color = SKColors.SteelBlue };
            canvas.DrawRect(20, 20, width - 40, height - 40, paint);
        }

        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
