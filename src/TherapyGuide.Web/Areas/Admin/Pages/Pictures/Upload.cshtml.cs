using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TherapyGuide.Web.Data;
using TherapyGuide.Web.Pages.Layout;
using TherapyGuide.Web.Pictures;

namespace TherapyGuide.Web.Areas.Admin.Pages.Pictures;

/// <summary>
/// An editor uploads a picture with its alt text and, if it needs one, a long description; the page then shows the
/// Markdown that puts it in an article. What the file is comes from its bytes (<see cref="PictureCheck"/>).
/// </summary>
[PictureUpload]
public sealed class UploadModel(TherapyGuideDbContext db, PictureLibrary library, IOptions<TherapyGuideOptions> options) : PageModel
{
    public const int AltTextLength = 300;

    public const int LongDescriptionLength = 4000;

    [BindProperty]
    [Display(Name = "Picture file")]
    public IFormFile? PictureFile { get; set; }

    [BindProperty]
    [Display(Name = "Alt text")]
    [Required(ErrorMessage = "Write the alt text: what the picture shows, in a few words, for readers who cannot see it.")]
    [StringLength(AltTextLength, ErrorMessage = "The alt text can be at most {1} characters. Put the rest in the long description.")]
    public string? AltText { get; set; }

    [BindProperty]
    [Display(Name = "Long description (optional)")]
    [StringLength(LongDescriptionLength, ErrorMessage = "The long description can be at most {1} characters.")]
    public string? LongDescription { get; set; }

    /// <summary>The picture just uploaded, after the redirect.</summary>
    [BindProperty(SupportsGet = true)]
    public int? Uploaded { get; set; }

    /// <summary>Whether the picture just "uploaded" was already stored (the same bytes, uploaded before).</summary>
    [BindProperty(SupportsGet = true)]
    public bool Already { get; set; }

    public PictureRow? Result { get; private set; }

    public PictureOptions Limits => options.Value.Pictures;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (Uploaded is { } id)
        {
            Result = await db.Pictures.AsNoTracking()
                .Where(p => p.Id == id)
                .Select(p => new PictureRow(p.Id, p.AddressKey, p.FileName, p.Format, p.Width, p.Height, p.ByteLength, p.AltText, p.LongDescription, p.UploadedBy, p.UploadedUtc))
                .SingleOrDefaultAsync(cancellationToken);
        }

        SetPageInfo();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (PictureFile is null || PictureFile.Length == 0)
        {
            ModelState.AddModelError(nameof(PictureFile), "Choose the picture file to upload.");
        }

        if (!ModelState.IsValid)
        {
            return Refused();
        }

        var upload = await library.UploadAsync(PictureFile!, AltText!, LongDescription, User.Identity?.Name ?? "unknown", cancellationToken);
        if (upload.Refusal is { } refusal)
        {
            ModelState.AddModelError(nameof(PictureFile), refusal);
            return Refused();
        }

        return RedirectToPage(new { uploaded = upload.Id, already = upload.AlreadyStored });
    }

    /// <summary>The form again with what was wrong, as a 400: the request was refused, and nothing was stored.</summary>
    private PageResult Refused()
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        SetPageInfo();
        return Page();
    }

    private void SetPageInfo() =>
        ViewData.SetPageInfo(new PageInfo("Upload a picture", "Upload a PNG, JPEG, WebP or SVG picture with its alt text, to show in articles."));
}
