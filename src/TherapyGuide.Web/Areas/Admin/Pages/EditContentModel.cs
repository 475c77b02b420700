using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TherapyGuide.Web.Content;
using TherapyGuide.Web.Content.Editing;
using TherapyGuide.Web.Data;
using TherapyGuide.Web.Pages.Layout;

namespace TherapyGuide.Web.Areas.Admin.Pages;

/// <summary>
/// Create and edit for one kind of content. A save from an out-of-date form is refused and the page shows
/// the newer stored version beside the editor's own text, which stays in the form so nothing typed is lost.
/// </summary>
public abstract class EditContentModel<TEntity, TForm>(TherapyGuideDbContext db, ContentStore store, TimeProvider clock) : PageModel
    where TEntity : ContentItem
    where TForm : ContentForm, IContentForm<TForm, TEntity>, new()
{
    [BindProperty]
    public TForm Form { get; set; } = new();

    /// <summary>An optional note saved with the revision ("Checked against the new trial results").</summary>
    [BindProperty]
    [System.ComponentModel.DataAnnotations.StringLength(500, ErrorMessage = "Keep the note under 500 characters.")]
    public string? Note { get; set; }

    public int? Id { get; private set; }

    public bool Saved { get; private set; }

    /// <summary>On a conflict: the version a colleague saved, and who saved it.</summary>
    public TForm? Theirs { get; private set; }

    public string? TheirAuthor { get; private set; }

    public ContentKind Kind => TForm.Kind;

    protected TherapyGuideDbContext Db => db;

    protected void SetId(int? id) => Id = id;

    /// <summary>History, delete and view links, once the item exists.</summary>
    public ItemActions? Actions => Id is { } id
        ? new ItemActions(ContentKinds.HistoryPath(Kind, id), ContentKinds.CanDelete(Kind) ? ContentKinds.DeletePath(Kind, id) : null, ContentKinds.PublicPath(Kind, Form.Slug))
        : null;

    /// <summary>The top of the page: a save that went through, or a conflict to resolve.</summary>
    public EditStatus Status => new(
        Saved,
        ContentKinds.PublicPath(Kind, Form.Slug),
        Theirs?.Fields().ToList(),
        TheirAuthor,
        Form.Fields().ToList());

    public async Task<IActionResult> OnGetAsync(int? id, bool saved, CancellationToken cancellationToken)
    {
        Id = id;
        Saved = saved;
        if (id is null)
        {
            Form = await NewFormAsync(cancellationToken);
            Form.StartReviewCycle(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        }
        else
        {
            var entity = await db.Set<TEntity>().AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, cancellationToken);
            if (entity is null)
            {
                return NotFound();
            }

            Form = TForm.From(entity);
        }

        await PrepareAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken cancellationToken)
    {
        Id = id;
        await PrepareAsync(cancellationToken);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var author = User.Identity?.Name ?? "unknown";
        var result = await store.SaveAsync<TEntity, TForm>(id, Form, author, Note, cancellationToken);
        switch (result.Outcome)
        {
            case SaveOutcome.Saved:
                return Redirect($"{ContentKinds.EditPath(Kind, result.Id)}?saved=true");
            case SaveOutcome.NotFound:
                return NotFound();
            case SaveOutcome.SlugTaken:
                ModelState.AddModelError($"{nameof(Form)}.{nameof(Form.Slug)}", "Another item already uses this address. Choose a different one.");
                return Page();
            default:
                Theirs = result.Current;
                TheirAuthor = await db.Revisions.AsNoTracking()
                    .Where(r => r.Kind == Kind && r.ContentId == result.Id)
                    .OrderByDescending(r => r.Version)
                    .Select(r => r.Author)
                    .FirstOrDefaultAsync(cancellationToken);
                // The form now carries the newer version: saving again, after merging, is a deliberate choice.
                Form.Version = result.Version;
                ModelState.Remove($"{nameof(Form)}.{nameof(Form.Version)}");
                Response.StatusCode = StatusCodes.Status409Conflict;
                return Page();
        }
    }

    /// <summary>Loads what the form needs besides the item (choices, titles); runs on every request.</summary>
    protected virtual Task PrepareAsync(CancellationToken cancellationToken)
    {
        var title = Id is null ? $"New {ContentKinds.Label(Kind).ToLowerInvariant()}" : $"Edit: {Form.DisplayName}";
        ViewData.SetPageInfo(new PageInfo(title, title));
        return Task.CompletedTask;
    }

    protected virtual Task<TForm> NewFormAsync(CancellationToken cancellationToken) => Task.FromResult(new TForm());
}
