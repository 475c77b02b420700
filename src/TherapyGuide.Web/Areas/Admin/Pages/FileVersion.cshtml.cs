using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TherapyGuide.Web.Content.Files;
using TherapyGuide.Web.Pages.Layout;

namespace TherapyGuide.Web.Areas.Admin.Pages;

/// <summary>
/// The content files' newer version of an item an editor has changed, beside the store's: take the files' version
/// (a new revision by the editor) or keep ours (the files' version is not offered again).
/// </summary>
public sealed class FileVersionModel(ContentFileVersions versions) : PageModel
{
    public FileVersionView View { get; private set; } = null!;

    public string Name => View.Item?.Name ?? View.Slug;

    public CompareModel? Comparison { get; private set; }

    /// <summary>What the last answer did, or why it was refused.</summary>
    public string? Message { get; private set; }

    public bool Refused { get; private set; }

    public async Task<IActionResult> OnGetAsync(string kind, string slug, string? done, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(kind, slug, cancellationToken))
        {
            return NotFound();
        }

        Message = done switch
        {
            "used" => "Saved. The item is now the content files' version, as a new version in its history.",
            "kept" => "Kept yours. This version of the content files will not be offered again.",
            _ => null,
        };
        return Page();
    }

    public Task<IActionResult> OnPostUseFilesAsync(string kind, string slug, int? version, string? hash, CancellationToken cancellationToken) =>
        AnswerAsync(kind, slug, version, hash, "used", versions.UseFilesAsync, cancellationToken);

    public Task<IActionResult> OnPostKeepOursAsync(string kind, string slug, int? version, string? hash, CancellationToken cancellationToken) =>
        AnswerAsync(kind, slug, version, hash, "kept", versions.KeepOursAsync, cancellationToken);

    private async Task<IActionResult> AnswerAsync(
        string kind,
        string slug,
        int? version,
        string? hash,
        string done,
        Func<FileVersionView, int, string, string, CancellationToken, Task<FileVersionOutcome>> answer,
        CancellationToken cancellationToken)
    {
        if (!await LoadAsync(kind, slug, cancellationToken))
        {
            return NotFound();
        }

        if (version is not > 0 || hash is not { Length: 64 } || !hash.All(char.IsAsciiHexDigitLower))
        {
            return BadRequest();
        }

        var outcome = await answer(View, version.Value, hash, User.Identity?.Name ?? "unknown", cancellationToken);
        switch (outcome)
        {
            case FileVersionOutcome.Done:
                return Redirect($"{ContentFileVersions.ComparePath(View.Kind, View.Slug)}?done={done}");
            case FileVersionOutcome.NotFound:
                return NotFound();
            case FileVersionOutcome.SlugTaken:
                return await RefuseAsync(kind, slug, "The content files' version has an address that another item now uses, so nothing was saved. Change the other item's address first.", cancellationToken);
            default:
                return await RefuseAsync(kind, slug, "Nothing was saved: the item or the content files' version changed after you opened this page, or a colleague has answered already. Look at the two versions as they are now.", cancellationToken);
        }
    }

    private async Task<IActionResult> RefuseAsync(string kind, string slug, string message, CancellationToken cancellationToken)
    {
        await LoadAsync(kind, slug, cancellationToken);
        (Message, Refused) = (message, true);
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    private async Task<bool> LoadAsync(string kind, string slug, CancellationToken cancellationToken)
    {
        if (await versions.LoadAsync(kind, slug, cancellationToken) is not { } view)
        {
            return false;
        }

        View = view;
        if (view is { Item: { } item, FilesFields: { } files })
        {
            var ours = $"Ours (version {item.Version}{(item.LastAuthor is null ? "" : $", last saved by {item.LastAuthor}")})";
            Comparison = new CompareModel(ours, item.Fields, "The content files' version", files);
        }

        ViewData.SetPageInfo(new PageInfo($"Content files' version: {Name}", "The content files' newer version beside ours."));
        return true;
    }
}
