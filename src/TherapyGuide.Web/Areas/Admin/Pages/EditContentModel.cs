using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TherapyGuide.Web.Areas.Admin.Translations;
using TherapyGuide.Web.Content;
using TherapyGuide.Web.Content.Editing;
using TherapyGuide.Web.Content.Review;
using TherapyGuide.Web.Data;
using TherapyGuide.Web.Languages;
using TherapyGuide.Web.Pages.Layout;

namespace TherapyGuide.Web.Areas.Admin.Pages;

/// <summary>
/// Create and edit for one kind of content, the same safe way for every kind: publish at once (where the site's
/// review rule allows it), keep a draft, or send it for review. A save from an out-of-date form is refused and the page
/// shows the newer stored version beside the editor's own text, which stays in the form so nothing typed is lost; a
/// change that needs a reviewer is kept as a draft instead of going live.
/// </summary>
public abstract class EditContentModel<TEntity, TForm>(EditingServices services) : PageModel
    where TEntity : ContentItem
    where TForm : ContentForm, IContentForm<TForm, TEntity>, new()
{
    [BindProperty]
    public TForm Form { get; set; } = new();

    /// <summary>An optional note saved with the revision ("Checked against the new trial results").</summary>
    [BindProperty]
    [System.ComponentModel.DataAnnotations.StringLength(500, ErrorMessage = "Keep the note under 500 characters.")]
    public string? Note { get; set; }

    /// <summary>The draft the form shows, and its version when the page was loaded; none for the published version.</summary>
    [BindProperty]
    public int? DraftId { get; set; }

    [BindProperty]
    public int DraftVersion { get; set; }

    /// <summary>The editor says the change is a typo fix; the site's rule decides (<see cref="ReviewOptions.MinorChangeCharacters"/>).</summary>
    [BindProperty]
    public bool Minor { get; set; }

    public int? Id { get; private set; }

    public bool Saved { get; private set; }

    /// <summary>The draft shown, as stored; null when the form shows the published version.</summary>
    public ContentDraft? Draft { get; private set; }

    /// <summary>After a redirect: what was done to the draft ("saved", "submitted", "discarded").</summary>
    public string? DraftDone { get; private set; }

    /// <summary>Why the change was kept as a draft instead of going live.</summary>
    public IReadOnlyList<string>? NeedsApproval { get; private set; }

    /// <summary>A step on the draft the store refused (someone changed it meanwhile, or it was not allowed).</summary>
    public string? DraftProblem { get; private set; }

    /// <summary>On a conflict: the version a colleague saved, and who saved it.</summary>
    public TForm? Theirs { get; private set; }

    public string? TheirAuthor { get; private set; }

    /// <summary>True when <see cref="Theirs"/> is the published version, which changed after the draft was written.</summary>
    public bool DraftBehind { get; private set; }

    public ContentKind Kind => TForm.Kind;

    public ReviewApproval Approval => services.Review.Settings.Approval;

    protected TherapyGuideDbContext Db => services.Db;

    protected void SetId(int? id) => Id = id;

    /// <summary>History, delete and view links, once the item exists (a translation's in its own language).</summary>
    public ItemActions? Actions => Id is { } id
        ? new ItemActions(
            TranslationScope.Address(ContentKinds.HistoryPath(Kind, id)),
            ContentKinds.CanDelete(Kind) ? TranslationScope.Address(ContentKinds.DeletePath(Kind, id)) : null,
            LanguageScope.Content.PathFor(ContentKinds.PublicPath(Kind, Form.Slug)))
        : null;

    /// <summary>The translation's language when the page edits a translation (<c>?lang=es</c>), null for the English.</summary>
    public SiteLanguage? Translation => TranslationScope.Translation;

    /// <summary>
    /// Beside a translation's form: its English original, read only, with what changed in it since the version the
    /// translation says everything of. Null on an English page.
    /// </summary>
    public TranslationSource? Source { get; private set; }

    /// <summary>The top of the page: a save that went through, a conflict to resolve, and the draft's state.</summary>
    public EditStatus Status => new(
        Saved,
        LanguageScope.Content.PathFor(ContentKinds.PublicPath(Kind, Form.Slug)),
        Theirs?.Fields().ToList(),
        TheirAuthor,
        Form.Fields().ToList())
    {
        Draft = Draft,
        DraftDone = DraftDone,
        NeedsApproval = NeedsApproval,
        DraftProblem = DraftProblem,
        DraftBehind = DraftBehind,
        FormAction = TranslationScope.Address(Url.Page(null, new { id = Id }) ?? ""),
        Approval = Approval,
        Preview = ReaderPreview,
        PreviewRefused = PreviewRefused,
    };

    /// <summary>What the buttons at the foot of the form need.</summary>
    public EditButtons Buttons => new(DraftId, DraftVersion, Approval, Minor, services.Review.Settings.MinorChangeCharacters, HasPreview)
    {
        Source = Source,
    };

    /// <summary>True for the kinds whose page has a Preview button: all of them.</summary>
    protected virtual bool HasPreview => true;

    /// <summary>After the Preview button: the item as readers will see it, not saved.</summary>
    public Previews.ContentPreview? ReaderPreview { get; private set; }

    public bool PreviewRefused { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? id, bool saved, string? done, int? draftId, CancellationToken cancellationToken)
    {
        Id = id;
        Saved = saved;
        DraftDone = done is "saved" or "submitted" or "discarded" ? done : null;
        TEntity? entity = null;
        if (id is not null)
        {
            entity = await Db.Set<TEntity>().AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, cancellationToken);
            if (entity is null)
            {
                return NotFound();
            }
        }

        var draft = id is { } itemId
            ? await services.Drafts.FindForItemAsync(Kind, itemId, cancellationToken)
            : draftId is { } newDraft ? await services.Drafts.FindAsync(newDraft, cancellationToken) : null;
        if (id is null && draftId is not null && (draft is null || draft.Kind != Kind || draft.ContentId is not null))
        {
            return NotFound();
        }

        if (draft is not null)
        {
            ShowDraft(draft, entity);
        }
        else if (entity is not null)
        {
            Form = TForm.From(entity);
        }
        else if (Translation is not null)
        {
            // A new translation starts from the English text, and keeps its own review dates from today.
            var original = int.TryParse(Request.Query["source"], out var source) ? await FindOriginalAsync(source, null, cancellationToken) : null;
            if (original is null)
            {
                return Redirect("/admin/translations");
            }

            var existing = await Db.Set<TEntity>().AsNoTracking().Where(x => x.SourceId == original.Id)
                .Select(x => (int?)x.Id).FirstOrDefaultAsync(cancellationToken);
            if (existing is { } translationId)
            {
                return Redirect(EditAddress(translationId, null));
            }

            Form = TForm.From(original);
            Form.Version = 0;
            Form.StartReviewCycle(DateOnly.FromDateTime(services.Clock.GetUtcNow().UtcDateTime));
        }
        else
        {
            Form = await NewFormAsync(cancellationToken);
            Form.StartReviewCycle(DateOnly.FromDateTime(services.Clock.GetUtcNow().UtcDateTime));
        }

        await PrepareAsync(cancellationToken);
        return Page();
    }

    /// <summary>Publish: the change goes live now, unless the review rule wants a reviewer first; then it is kept as a draft.</summary>
    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken cancellationToken)
    {
        Id = id;
        await PrepareAsync(cancellationToken);
        if (!await CheckAsync(id, cancellationToken))
        {
            return Page();
        }

        var author = User.Identity?.Name ?? "unknown";
        if (DraftId is { } draftId)
        {
            // The draft this text came from goes with the save, in the same transaction, at the version the editor saw.
            var draft = await Db.ContentDrafts.SingleOrDefaultAsync(d => d.Id == draftId && d.Kind == Kind, cancellationToken);
            if (draft is null)
            {
                return await DraftChangedAsync(id, cancellationToken);
            }

            Db.Entry(draft).Property(d => d.Version).OriginalValue = DraftVersion;
            Db.ContentDrafts.Remove(draft);
        }

        var result = await services.Store.SaveAsync<TEntity, TForm>(id, Form, author, Note, cancellationToken, new Publication(Minor: Minor));
        Db.ChangeTracker.Clear();
        switch (result.Outcome)
        {
            case SaveOutcome.Saved:
                return Redirect(EditAddress(result.Id, "saved=true"));
            case SaveOutcome.NotFound:
                return NotFound();
            case SaveOutcome.SlugTaken:
                ModelState.AddModelError($"{nameof(Form)}.{nameof(Form.Slug)}", "Another item already uses this address. Choose a different one.");
                return Page();
            case SaveOutcome.NeedsApproval:
                // Nothing typed is lost: the text is kept as a draft, and the page says what it needs.
                NeedsApproval = result.Reasons;
                return await KeepDraftAsync(id, submit: false, cancellationToken);
            default:
                if (DraftId is not null && result.Current is null)
                {
                    return await DraftChangedAsync(id, cancellationToken);
                }

                return await ConflictAsync(result, cancellationToken);
        }
    }

    /// <summary>
    /// Preview: the form's item in the public page's markup, on a phone and on paper; nothing is saved and every field
    /// stays as typed. A form with problems shows them first, as a save would.
    /// </summary>
    public virtual async Task<IActionResult> OnPostPreviewAsync(int? id, CancellationToken cancellationToken)
    {
        Id = id;
        await PrepareAsync(cancellationToken);
        await LoadDraftAsync(cancellationToken);
        if (!ModelState.IsValid)
        {
            PreviewRefused = true;
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        ShowPreview(id);
        return Page();
    }

    /// <summary>The form's item, as readers would see it published; the form must be valid.</summary>
    protected void ShowPreview(int? id)
    {
        var entity = Form.CreateEntity(services.Renderer);
        entity.Id = id ?? 0;
        entity.Language = LanguageScope.Content.Code;
        ReaderPreview = Previews.ContentPreview.Of(entity);
    }

    /// <summary>Save draft: readers go on seeing the published version.</summary>
    public async Task<IActionResult> OnPostSaveDraftAsync(int? id, CancellationToken cancellationToken) =>
        await DraftAsync(id, submit: false, cancellationToken);

    /// <summary>Send for review: saved as a draft, and listed for the reviewers.</summary>
    public async Task<IActionResult> OnPostSubmitAsync(int? id, CancellationToken cancellationToken) =>
        await DraftAsync(id, submit: true, cancellationToken);

    /// <summary>Publishes the draft as it is stored (approved, or a change the rule lets through), from the notice above the form.</summary>
    public async Task<IActionResult> OnPostPublishDraftAsync(int? id, CancellationToken cancellationToken)
    {
        Id = id;
        if (DraftId is not { } draftId)
        {
            return BadRequest();
        }

        var (result, contentId, reasons) = await services.Drafts.PublishAsync(draftId, DraftVersion, User.Identity?.Name ?? "unknown", cancellationToken);
        if (result.Outcome == DraftOutcome.Done)
        {
            return Redirect(EditAddress(contentId, "saved=true"));
        }

        if (result.Outcome == DraftOutcome.NotFound && id is null)
        {
            return NotFound();
        }

        NeedsApproval = reasons;
        DraftProblem = reasons is null ? result.Reason ?? "The draft changed after this page was loaded. Look at it again before publishing." : null;
        return await ReloadAsync(id, StatusCodes.Status409Conflict, cancellationToken);
    }

    /// <summary>Drops the draft; readers go on seeing the published version.</summary>
    public async Task<IActionResult> OnPostDiscardDraftAsync(int? id, CancellationToken cancellationToken)
    {
        Id = id;
        if (DraftId is not { } draftId)
        {
            return BadRequest();
        }

        var result = await services.Drafts.DiscardAsync(draftId, DraftVersion, User.Identity?.Name ?? "unknown", cancellationToken);
        if (result.Outcome == DraftOutcome.Done)
        {
            return Redirect(id is { } itemId
                ? EditAddress(itemId, "done=discarded")
                : Translation is null ? $"/admin/{ContentKinds.AdminFolder(Kind)}" : "/admin/translations");
        }

        DraftProblem = "The draft changed after this page was loaded, so it was not discarded. Look at it again.";
        return await ReloadAsync(id, StatusCodes.Status409Conflict, cancellationToken);
    }

    /// <summary>The item's edit page, in the language the page works on, with <paramref name="query"/> ("saved=true").</summary>
    protected string EditAddress(int id, string? query) =>
        TranslationScope.Address(query is null ? ContentKinds.EditPath(Kind, id) : $"{ContentKinds.EditPath(Kind, id)}?{query}");

    /// <summary>
    /// On a translation's page, around every handler: what the translation follows from its original (urgency, order,
    /// status, therapy, address) is taken from the original whatever was posted, before the kind's checks run, so a
    /// form cannot change it; afterwards the page shows the original beside the form.
    /// </summary>
    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var cancellationToken = HttpContext.RequestAborted;
        if (Translation is null)
        {
            Form.IncludesOriginalVersion = null;
        }
        else if (HttpMethods.IsPost(Request.Method))
        {
            Form.TranslationLanguage = Translation.Code;
            var stored = context.HandlerArguments.TryGetValue("id", out var value) && value is int id
                ? await Db.Set<TEntity>().AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, cancellationToken)
                : null;
            var original = await FindOriginalAsync(stored?.SourceId, Form.Slug, cancellationToken);
            if (original is not null && ModelState.IsValid)
            {
                FollowOriginal(original);
            }
        }

        var executed = await next();
        if (Translation is not null && executed.Result is PageResult)
        {
            await ShowSourceAsync(cancellationToken);
        }
    }

    /// <summary>The form as it will be stored: the translation's own text, with everything else the original's.</summary>
    private void FollowOriginal(TEntity original)
    {
        var entity = Form.CreateEntity(services.Renderer);
        entity.FollowOriginal(original);
        entity.Slug = original.Slug;
        var followed = TForm.From(entity);
        followed.Version = Form.Version;
        followed.IncludesOriginalVersion = Form.IncludesOriginalVersion;
        followed.TranslationLanguage = Form.TranslationLanguage;
        Form = followed;
    }

    private async Task ShowSourceAsync(CancellationToken cancellationToken)
    {
        var stored = Id is { } id ? await Db.Set<TEntity>().AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, cancellationToken) : null;
        var original = await FindOriginalAsync(stored?.SourceId, Form.Slug, cancellationToken);
        if (original is null)
        {
            return;
        }

        var translated = stored?.SourceVersion;
        var changes = translated is { } from && from < original.Version
            ? await TranslationChanges.SinceAsync(Db, Kind, original.Id, from, TForm.From(original).Fields().ToList(), cancellationToken)
            : null;
        Source = new TranslationSource(
            Translation!, original.Id, original.Version, translated, TForm.From(original).Fields().ToList(),
            ContentKinds.EditPath(Kind, original.Id), changes)
        {
            Includes = Form.IncludesOriginalVersion is not null,
        };
    }

    /// <summary>The English item a translation is made from: by its id when known, else by the slug they share.</summary>
    private async Task<TEntity?> FindOriginalAsync(int? sourceId, string? slug, CancellationToken cancellationToken)
    {
        var english = SiteLanguage.English.Code;
        var originals = Db.Set<TEntity>().IgnoreQueryFilters().AsNoTracking().Where(x => x.Language == english);
        if (sourceId is { } id)
        {
            return await originals.SingleOrDefaultAsync(x => x.Id == id, cancellationToken);
        }

        return string.IsNullOrEmpty(slug) ? null : await originals.SingleOrDefaultAsync(x => x.Slug == slug, cancellationToken);
    }

    /// <summary>Loads what the form needs besides the item (choices, titles); runs on every request.</summary>
    protected virtual Task PrepareAsync(CancellationToken cancellationToken)
    {
        var title = Id is null ? $"New {ContentKinds.Label(Kind).ToLowerInvariant()}" : $"Edit: {Form.DisplayName}";
        ViewData.SetPageInfo(new PageInfo(title, title));
        return Task.CompletedTask;
    }

    protected virtual Task<TForm> NewFormAsync(CancellationToken cancellationToken) => Task.FromResult(new TForm());

    /// <summary>
    /// A kind's own checks of the change against the published version (null for a new item), such as a note for a
    /// lower urgency: added to <see cref="PageModel.ModelState"/>.
    /// </summary>
    protected virtual void CheckChange(TForm? published)
    {
    }

    private async Task<IActionResult> DraftAsync(int? id, bool submit, CancellationToken cancellationToken)
    {
        Id = id;
        await PrepareAsync(cancellationToken);
        if (!await CheckAsync(id, cancellationToken))
        {
            return Page();
        }

        return await KeepDraftAsync(id, submit, cancellationToken);
    }

    private async Task<IActionResult> KeepDraftAsync(int? id, bool submit, CancellationToken cancellationToken)
    {
        var author = User.Identity?.Name ?? "unknown";
        var result = await services.Drafts.SaveAsync<TEntity, TForm>(id, DraftId, DraftVersion, Form, author, Note, Minor, submit, cancellationToken);
        switch (result.Outcome)
        {
            case DraftOutcome.Done when NeedsApproval is not null:
                DraftId = result.DraftId;
                DraftVersion = result.Version;
                ModelState.Remove(nameof(DraftId));
                ModelState.Remove(nameof(DraftVersion));
                Draft = await services.Drafts.FindAsync(result.DraftId, cancellationToken);
                return Page();
            case DraftOutcome.Done:
                var done = submit ? "submitted" : "saved";
                return Redirect(id is { } itemId
                    ? EditAddress(itemId, $"done={done}")
                    : TranslationScope.Address($"/admin/{ContentKinds.AdminFolder(Kind)}/edit?draftId={result.DraftId}&done={done}"));
            case DraftOutcome.NotFound:
                return NotFound();
            default:
                return await DraftChangedAsync(id, cancellationToken);
        }
    }

    /// <summary>Validation, the kind's own checks against the published version, and that the item still exists.</summary>
    private async Task<bool> CheckAsync(int? id, CancellationToken cancellationToken)
    {
        TForm? published = null;
        if (id is not null)
        {
            var entity = await Db.Set<TEntity>().AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, cancellationToken);
            published = entity is null ? null : TForm.From(entity);
        }

        CheckChange(published);
        await LoadDraftAsync(cancellationToken);
        return ModelState.IsValid;
    }

    private async Task LoadDraftAsync(CancellationToken cancellationToken) =>
        Draft = DraftId is { } draftId ? await services.Drafts.FindAsync(draftId, cancellationToken) : null;

    /// <summary>A colleague changed, published or discarded the draft meanwhile: their draft beside the editor's text.</summary>
    private async Task<IActionResult> DraftChangedAsync(int? id, CancellationToken cancellationToken)
    {
        Db.ChangeTracker.Clear();
        var theirs = DraftId is { } draftId ? await services.Drafts.FindAsync(draftId, cancellationToken) : null;
        theirs ??= id is { } itemId ? await services.Drafts.FindForItemAsync(Kind, itemId, cancellationToken) : null;
        if (theirs is not null)
        {
            Draft = theirs;
            Theirs = ContentStore.ReadSnapshot<TForm>(theirs.Snapshot);
            TheirAuthor = theirs.Author;
            DraftId = theirs.Id;
            DraftVersion = theirs.Version;
        }
        else
        {
            Draft = null;
            DraftId = null;
            DraftVersion = 0;
        }

        ModelState.Remove(nameof(DraftId));
        ModelState.Remove(nameof(DraftVersion));
        DraftProblem = theirs is null
            ? "The draft was published or discarded by someone else while you were editing. Your text is still in the form: save it again as a new draft or publish it."
            : "Someone else changed this draft while you were editing. Your text is still in the form; compare it with theirs, then save again.";
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    private async Task<IActionResult> ConflictAsync(SaveResult<TForm> result, CancellationToken cancellationToken)
    {
        Theirs = result.Current;
        TheirAuthor = await Db.Revisions.AsNoTracking()
            .Where(r => r.Kind == Kind && r.ContentId == result.Id)
            .OrderByDescending(r => r.Version)
            .Select(r => r.Author)
            .FirstOrDefaultAsync(cancellationToken);
        // The form now carries the newer version: saving again, after merging, is a deliberate choice.
        Form.Version = result.Version;
        ModelState.Remove($"{nameof(Form)}.{nameof(Form.Version)}");
        await LoadDraftAsync(cancellationToken);
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    /// <summary>Shows the page again as a GET would, with a problem to report.</summary>
    private async Task<IActionResult> ReloadAsync(int? id, int status, CancellationToken cancellationToken)
    {
        Db.ChangeTracker.Clear();
        ModelState.Clear();
        var problem = DraftProblem;
        var reasons = NeedsApproval;
        var draftId = DraftId;
        var shown = await OnGetAsync(id, saved: false, done: null, draftId: id is null ? draftId : null, cancellationToken);
        DraftProblem = problem;
        NeedsApproval = reasons;
        if (shown is PageResult)
        {
            Response.StatusCode = status;
        }

        return shown;
    }

    private void ShowDraft(ContentDraft draft, TEntity? published)
    {
        Draft = draft;
        DraftId = draft.Id;
        DraftVersion = draft.Version;
        Minor = draft.Minor;
        Note = draft.Note;
        Form = ContentStore.ReadSnapshot<TForm>(draft.Snapshot);
        Form.Version = draft.BaseVersion;
        if (published is not null && published.Version != draft.BaseVersion)
        {
            // Published since the draft was written: both side by side, and saving the draft again writes it over the new version.
            Theirs = TForm.From(published);
            DraftBehind = true;
            Form.Version = published.Version;
        }
    }
}

/// <summary>What every edit page needs from the site, in one parameter.</summary>
public sealed record EditingServices(TherapyGuideDbContext Db, ContentStore Store, ContentDrafts Drafts, ReviewRule Review, MarkdownRenderer Renderer, TimeProvider Clock);

/// <summary>The draft's hidden fields, the minor-change box and the buttons at the foot of every edit form.</summary>
public sealed record EditButtons(int? DraftId, int DraftVersion, ReviewApproval Approval, bool Minor, int MinorChangeCharacters, bool HasPreview)
{
    /// <summary>On a translation's form: its original, for the box that says the translation includes its changes.</summary>
    public TranslationSource? Source { get; init; }
}
