using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TherapyGuide.Web.Content;
using TherapyGuide.Web.Content.Editing;
using TherapyGuide.Web.Data;
using TherapyGuide.Web.Pages.Layout;

namespace TherapyGuide.Web.Areas.Admin.Pages.Comparison;

public sealed class IndexModel(TherapyGuideDbContext db, ContentStore store) : PageModel
{
    public IReadOnlyList<ComparisonAspect> Rows { get; private set; } = [];

    public string? Message { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    /// <summary>Swaps a row with its neighbour, renumbering the table so that every row has a place of its own.</summary>
    public async Task<IActionResult> OnPostMoveAsync(int id, int version, string direction, CancellationToken cancellationToken)
    {
        var rows = await db.ComparisonAspects.AsNoTracking().OrderBy(r => r.Order).ThenBy(r => r.Aspect).ToListAsync(cancellationToken);
        var index = rows.FindIndex(r => r.Id == id);
        var other = direction switch { "up" => index - 1, "down" => index + 1, _ => -1 };
        if (index < 0 || other < 0 || other >= rows.Count || (direction != "up" && direction != "down"))
        {
            return BadRequest();
        }

        if (rows[index].Version != version)
        {
            Message = "Someone changed that row a moment ago. Here is the table as it is now; try again.";
            await LoadAsync(cancellationToken);
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        // Give every row a distinct position first, so a swap always changes something. Every moved row is a revision
        // like any other, and all of them are saved as one change: a refusal part-way leaves the table as it was.
        (rows[index], rows[other]) = (rows[other], rows[index]);
        var moved = rows
            .Select((row, position) => (Row: row, Order: position + 1))
            .Where(x => x.Row.Order != x.Order)
            .Select(x => ((int?)x.Row.Id, Placed(x.Row, x.Order)))
            .ToList();
        var outcome = await store.SaveAllAsync<ComparisonAspect, ComparisonForm>(moved, User.Identity?.Name ?? "unknown", "Moved in the table", TherapyGuide.Web.Content.Review.Publication.Direct, cancellationToken);
        if (outcome != SaveOutcome.Saved)
        {
            Message = "Someone changed the table while it was being reordered. Here it is as it is now; try again.";
            await LoadAsync(cancellationToken);
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        return Redirect($"/admin/comparison#row-{id}");
    }

    private static ComparisonForm Placed(ComparisonAspect row, int order)
    {
        var form = ComparisonForm.From(row);
        form.Order = order;
        return form;
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Rows = await db.ComparisonAspects.AsNoTracking().OrderBy(r => r.Order).ThenBy(r => r.Aspect).ToListAsync(cancellationToken);
        ViewData.SetPageInfo(new PageInfo("Comparison table", "The rows of the side-by-side table."));
    }
}
