using System.Net.Http.Headers;

namespace TherapyGuide.Tests.Pictures;

/// <summary>The upload form as a browser sends it: multipart, with the page's antiforgery token and a file.</summary>
internal static class PictureForms
{
    public const string Upload = "/admin/pictures/upload";

    public static async Task<HttpResponseMessage> UploadAsync(HttpClient editor, byte[] bytes, string fileName, string? altText, string? longDescription = null, string browserType = "image/png")
    {
        var form = HtmlForm.From(await HtmlForm.ParseAsync(await editor.GetAsync(Upload)), Upload);
        form.Remove("PictureFile").Set("AltText", altText ?? "").Set("LongDescription", longDescription ?? "");
        if (altText is null)
        {
            form.Remove("AltText");
        }

        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in form.Fields)
        {
            content.Add(new StringContent(value), name);
        }

        if (fileName.Length > 0)
        {
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue(browserType);
            content.Add(file, "PictureFile", fileName);
        }

        return await editor.PostAsync(form.Action, content);
    }

    /// <summary>Uploads a picture that must be accepted, and returns its address, read from the Markdown the page shows.</summary>
    public static async Task<string> UploadAcceptedAsync(HttpClient editor, byte[] bytes, string fileName, string altText = "Two boxes side by side", string? longDescription = null)
    {
        var response = await UploadAsync(editor, bytes, fileName, altText, longDescription);
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Redirect, $"{fileName}: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        var page = await HtmlForm.ParseAsync(await editor.GetAsync(response.Headers.Location));
        var markdown = page.QuerySelector(".picture-markdown code")!.TextContent;
        var start = markdown.IndexOf("](", StringComparison.Ordinal) + 2;
        return markdown[start..^1];
    }

    /// <summary>Saves an article's body through its real edit form, as an editor would.</summary>
    public static async Task SaveArticleBodyAsync(TestSite site, HttpClient editor, string slug, string body)
    {
        var id = await site.IdOfAsync(db => db.Articles, slug);
        var address = $"/admin/articles/edit/{id}";
        var form = HtmlForm.From(await HtmlForm.ParseAsync(await editor.GetAsync(address)), address, "form[method=post]:not(.signout)");
        var saved = await form.Set("Form.Body", body).PostAsync(editor);
        Assert.True(saved.StatusCode == System.Net.HttpStatusCode.Redirect, $"{saved.StatusCode}: {await saved.Content.ReadAsStringAsync()}");
    }
}
