using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TherapyGuide.Web.Content;
using TherapyGuide.Web.Content.Editing;
using TherapyGuide.Web.Pages.Layout;

namespace TherapyGuide.Web.Areas.Admin.Pages;

/// <summary>Every save of one item: compare any two, and restore any one (the restore is a new revision).</summary>
public sealed class HistoryModel(ContentItems items) : PageModel
{
    public ContentKind Kind { get; private set; }

    public int Id { get; private set; }

    public string Name { get; private set; } = "";

    /// <summary>False when the item has been deleted: its history is all that is left, and it can be restored.</summary>
    public bool Exists { get; private set; }

    public IReadOnlyList<Revision> Revisions { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public int? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? To { get; set; }

    public CompareModel? Comparison { get; private set; }

    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(string kind, int id, bool restored, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(kind, id, cancellationToken))
        {
            return NotFound();
        }

        if (restored)
        {
            Message = "Restored. The restore is saved as a new version at the top of the list.";
        }

        if (Revisions.Count >= 2)
        {
            var newer = Revisions.FirstOrDefault(r => r.Id == To) ?? Revisions[0];
            var older = Revisions.FirstOrDefault(r => r.Id == From) ?? Revisions.First(r => r.Id != newer.Id);
            (From, To) = (older.Id, newer.Id);
            Comparison = new CompareModel(
                $"Version {older.Version} ({older.Action.ToString().ToLowerInvariant()})", ContentItems.FieldsOf(older),
                $"Version {newer.Version} ({newer.Action.ToString().ToLowerInvariant()})", ContentItems.FieldsOf(newer));
        }

        return Page();
    }

    public async Task<IActionResult> OnPostRestoreAsync(string kind, int id, int revisionId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(kind, id, cancellationToken))
        {
            return NotFound();
        }

        var revision = Revisions.FirstOrDefault(r => r.Id == revisionId);
        if (revision is null)
        {
            return NotFound();
        }

        var outcome = await items.RestoreAsync(revision, User.Identity?.Name ?? "unknown", cancellationToken);
        if (outcome == SaveOutcome.SlugTaken)
        {
            Message = "That version's address is now used by another item, so it was not restored. Change the other item's address first.";
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        if (outcome == SaveOutcome.NeedsApproval)
        {
            // Bringing back older safety advice is a change like any other: it goes through review.
            Message = "That version has different safety advice from the published one, so restoring it needs a reviewer's approval. "
                + "Open it in the editor (copy what you need from the comparison), save it as a draft and send it for review.";
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        if (outcome == SaveOutcome.NotFound && Admin.Translations.TranslationScope.Translation is not null)
        {
            // A translation says what its English original says: with the original deleted there is nothing to follow.
            Message = "This translation’s English original is deleted, so the translation cannot come back on its own. "
                + "Bring back the English first, from its own history, then restore this translation.";
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        return outcome == SaveOutcome.Saved ? Redirect(Admin.Translations.TranslationScope.Address($"{ContentKinds.HistoryPath(Kind, Id)}?restored=true")) : NotFound();
    }

    private async Task<bool> LoadAsync(string kind, int id, CancellationToken cancellationToken)
    {
        if (!ContentItems.TryParseKind(kind, out var parsed))
        {
            return false;
        }

        (Kind, Id) = (parsed, id);
        Revisions = await items.ListAsync(parsed, id, cancellationToken);
        var current = await items.DescribeAsync(parsed, id, cancellationToken);
        if (current is null && Revisions.Count == 0)
        {
            return false;
        }

        Exists = current is not null;
        Name = current?.Name ?? Revisions[0].Title;
        ViewData.SetPageInfo(new PageInfo($"History: {Name}", "Every saved version."));
        return true;
    }
}
