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

    /// <summary>Swaps a row with its neighbour; each of the two saves is a revision like any other.</summary>
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

        // Give every row a distinct position first, so a swap always changes something.
        var author = User.Identity?.Name ?? "unknown";
        (rows[index], rows[other]) = (rows[other], rows[index]);
        for (var position = 0; position < rows.Count; position++)
        {
            var row = rows[position];
            if (row.Order != position + 1)
            {
                var form = ComparisonForm.From(row);
                form.Order = position + 1;
                var result = await store.SaveAsync<ComparisonAspect, ComparisonForm>(row.Id, form, author, "Moved in the table", cancellationToken);
                if (result.Outcome != SaveOutcome.Saved)
                {
                    Message = "Someone changed the table while it was being reordered. Here it is as it is now; try again.";
                    await LoadAsync(cancellationToken);
                    Response.StatusCode = StatusCodes.Status409Conflict;
                    return Page();
                }
            }
        }

        return Redirect($"/admin/comparison#row-{id}");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Rows = await db.ComparisonAspects.AsNoTracking().OrderBy(r => r.Order).ThenBy(r => r.Aspect).ToListAsync(cancellationToken);
        ViewData.SetPageInfo(new PageInfo("Comparison table", "The rows of the side-by-side table."));
    }
}
