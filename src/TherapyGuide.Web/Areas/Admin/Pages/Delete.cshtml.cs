using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TherapyGuide.Web.Accounts;
using TherapyGuide.Web.Content;
using TherapyGuide.Web.Content.Editing;
using TherapyGuide.Web.Content.Review;
using TherapyGuide.Web.Pages.Layout;

namespace TherapyGuide.Web.Areas.Admin.Pages;

/// <summary>Asks before deleting any item; the item's history stays, so a delete can be undone from it.</summary>
public sealed class DeleteModel(ContentItems items, ReviewRule review) : PageModel
{
    public ContentKind Kind { get; private set; }

    public int Id { get; private set; }

    public string Name { get; private set; } = "";

    public int Version { get; private set; }

    /// <summary>How many translations are deleted with it (an English item's Spanish text).</summary>
    public int Translations { get; private set; }

    public string? Message { get; private set; }

    /// <summary>Why this person may not delete it (safety advice, while approval is on); null when they may.</summary>
    public string? Refusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(string kind, int id, CancellationToken cancellationToken) =>
        await LoadAsync(kind, id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string kind, int id, int version, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(kind, id, cancellationToken))
        {
            return NotFound();
        }

        if (Refusal is not null)
        {
            Response.StatusCode = StatusCodes.Status403Forbidden;
            return Page();
        }

        var outcome = await items.DeleteAsync(Kind, id, version, User.Identity?.Name ?? "unknown", cancellationToken);
        switch (outcome)
        {
            case SaveOutcome.Saved:
                return Redirect(Admin.Translations.TranslationScope.Translation is null ? $"/admin/{ContentKinds.AdminFolder(Kind)}" : "/admin/translations");
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

        (Kind, Id, Name, Version, Translations) = (parsed, id, item.Name, item.Version, item.Translations);
        Refusal = review.DeleteRefusal(parsed, User.IsInRole(Roles.Reviewer));
        ViewData.SetPageInfo(new PageInfo($"Delete {Name}?", "Confirm a delete."));
        return true;
    }
}
