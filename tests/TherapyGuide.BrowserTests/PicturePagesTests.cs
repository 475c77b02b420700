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
        await page.GotoAsync("/admin/pictures/upload");
        await page.Locator("#PictureFile").SetInputFilesAsync(new FilePayload { Name = "wide-chart.png", MimeType = "image/png", Buffer = WidePng() });
        await page.Locator("#AltText").FillAsync("A wide chart of treatment weeks");
        await page.Locator("#LongDescription").FillAsync("Week one: the cells are collected.\n\nWeek four: the cells are given back.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**uploaded=*");
        await AccessibilityTests.AssertNoViolationsAsync(page, "picture uploaded");
        var markdown = await page.Locator(".picture-markdown code").TextContentAsync();
        await page.GotoAsync("/admin/pictures");
        await AccessibilityTests.AssertNoViolationsAsync(page, "picture list");
        Assert.True(await NoSidewaysScrollAsync(page), "the picture list scrolls sideways at 320 px");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSite.Artifacts, "admin-pictures-with-one-320.png"), FullPage = true });

        int id;
        await using (var scope = Site.Services.CreateAsyncScope())
        {
            id = await scope.ServiceProvider.GetRequiredService<TherapyGuideDbContext>().Articles.Where(a => a.Slug == Slug).Select(a => a.Id).SingleAsync();
        }

        var editAddress = $"/admin/articles/edit/{id}";
        await page.GotoAsync(editAddress);
        var body = page.Locator("#Form_Body");
        var original = await body.InputValueAsync();
        await body.FillAsync($"{original}\n\n{markdown}\n");
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**saved=true");

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

        // The shared site's article as it was, for the tests that follow.
        await page.GotoAsync(editAddress);
        await page.Locator("#Form_Body").FillAsync(original);
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**saved=true");
    }

    private static Task<bool> NoSidewaysScrollAsync(IPage page) =>
        page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth");

    private static byte[] WidePng()
    {
        using var bitmap = new SKBitmap(1600, 400);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.White);
            using var paint = new SKPaint { Color = SKColors.SteelBlue };
            canvas.DrawRect(20, 20, 1560, 360, paint);
        }

        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
