using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TherapyGuide.Web.Content;
using TherapyGuide.Web.Content.Editing;
using TherapyGuide.Web.Pages.Layout;

namespace TherapyGuide.Web.Areas.Admin.Pages;

/// <summary>Asks before deleting any item; the item's history stays, so a delete can be undone from it.</summary>
public sealed class DeleteModel(ContentItems items) : PageModel
{
    public ContentKind Kind { get; private set; }

    public int Id { get; private set; }

    public string Name { get; private set; } = "";

    public int Version { get; private set; }

    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(string kind, int id, CancellationToken cancellationToken) =>
        await LoadAsync(kind, id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string kind, int id, int version, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(kind, id, cancellationToken))
        {
            return NotFound();
        }

        var outcome = await items.DeleteAsync(Kind, id, version, User.Identity?.Name ?? "unknown", cancellationToken);
        switch (outcome)
        {
            case SaveOutcome.Saved:
                return Redirect($"/admin/{ContentKinds.AdminFolder(Kind)}");
            case SaveOutcome.NotFound:
                return NotFound();
            default:
                Message = "Someone changed this item after you opened this page, so it was not deleted. Check their change first.";
                Response.StatusCode = StatusCodes.Status409Conflict;
                return Page();
        }
    }

    private async Task<bool> LoadAsync(string kind, int id, CancellationToken cancellationToken)
    {
        if (!ContentItems.TryParseKind(kind, out var parsed) || !ContentKinds.CanDelete(parsed)
            || await items.DescribeAsync(parsed, id, cancellationToken) is not { } item)
        {
            return false;
        }

        (Kind, Id, Name, Version) = (parsed, id, item.Name, item.Version);
        ViewData.SetPageInfo(new PageInfo($"Delete {Name}?", "Confirm a delete."));
        return true;
    }
}
