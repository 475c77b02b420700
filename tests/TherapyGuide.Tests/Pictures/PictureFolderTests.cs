using System.Net;
using Microsoft.EntityFrameworkCore;

namespace TherapyGuide.Tests.Pictures;

/// <summary>With TherapyGuide:Pictures:Folder set, a picture's bytes live in that folder, named by fingerprint, not in the store.</summary>
public sealed class PictureFolderTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "therapyguide-tests", $"pictures-{Guid.NewGuid():N}");
    private readonly TestSite _site;

    public PictureFolderTests() => _site = new TestSite { Settings = { ["TherapyGuide:Pictures:Folder"] = _folder } };

    [Fact]
    public async Task A_picture_is_kept_in_the_folder_served_from_it_and_deleted_from_it()
    {
        using var editor = await EditorSession.SignInAsync(_site, "editor@example.org");
        var address = await PictureForms.UploadAcceptedAsync(editor, TestPictures.Png(), "diagram.png");

        var stored = await _site.QueryAsync(db => db.Pictures.SingleAsync());
        Assert.Null(stored.Bytes);
        var file = Path.Combine(_folder, $"{stored.Fingerprint}.png");
        var bytes = await File.ReadAllBytesAsync(file);
        Assert.Equal(stored.ByteLength, bytes.Length);
        using var reader = _site.CreateClient();
        Assert.Equal(bytes, await reader.GetByteArrayAsync(address));

        var list = await HtmlForm.ParseAsync(await editor.GetAsync("/admin/pictures"));
        Assert.Equal(HttpStatusCode.Redirect, (await HtmlForm.From(list, "/admin/pictures", ".picture-list form").PostAsync(editor)).StatusCode);
        Assert.False(File.Exists(file));
    }

    public void Dispose()
    {
        _site.Dispose();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
