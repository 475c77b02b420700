using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TherapyGuide.Web.Data;
using TherapyGuide.Web.Pages.Layout;
using TherapyGuide.Web.Pictures;

namespace TherapyGuide.Web.Areas.Admin.Pages.Pictures;

/// <summary>The pictures editors have uploaded: each with its alt text, the Markdown that shows it, where it is used, and Delete.</summary>
public sealed class IndexModel(TherapyGuideDbContext db, PictureLibrary library) : PageModel
{
    public IReadOnlyList<PictureRow> Pictures { get; private set; } = [];

    /// <summary>The articles that show each picture, by address key.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> UsedIn { get; private set; } = new Dictionary<string, IReadOnlyList<string>>();

    [BindProperty(SupportsGet = true)]
    public bool Deleted { get; set; }

    /// <summary>Why a delete was refused, or null.</summary>
    public string? Refusal { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken cancellationToken)
    {
        var (found, usedIn) = await library.DeleteAsync(id, User.Identity?.Name ?? "unknown", cancellationToken);
        if (!found)
        {
            return NotFound();
        }

        if (usedIn.Count > 0)
        {
            Refusal = $"The picture was not deleted: {string.Join(", ", usedIn.Select(title => $"“{title}”"))} still {(usedIn.Count == 1 ? "shows" : "show")} it. Take it out of {(usedIn.Count == 1 ? "that article" : "those articles")} first.";
            await LoadAsync(cancellationToken);
            return Page();
        }

        return RedirectToPage(new { deleted = true });
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Pictures = await db.Pictures.AsNoTracking()
            .OrderByDescending(p => p.UploadedUtc).ThenByDescending(p => p.Id)
            .Select(p => new PictureRow(p.Id, p.AddressKey, p.FileName, p.Format, p.Width, p.Height, p.ByteLength, p.AltText, p.LongDescription, p.UploadedBy, p.UploadedUtc))
            .ToListAsync(cancellationToken);
        var bodies = await db.Articles.AsNoTracking()
            .Where(a => a.BodyMarkdown.Contains(MediaAddress.Prefix))
            .OrderBy(a => a.Title)
            .Select(a => new { a.Title, a.BodyMarkdown })
            .ToListAsync(cancellationToken);
        UsedIn = Pictures.ToDictionary(
            p => p.AddressKey,
            p => (IReadOnlyList<string>)[.. bodies.Where(b => b.BodyMarkdown.Contains(MediaAddress.Prefix + p.AddressKey, StringComparison.Ordinal)).Select(b => b.Title)]);
        ViewData.SetPageInfo(new PageInfo("Pictures", "The pictures editors have uploaded, and the Markdown that shows each in an article."));
    }
}
