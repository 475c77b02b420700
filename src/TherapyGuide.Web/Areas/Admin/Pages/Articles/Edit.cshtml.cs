using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using TherapyGuide.Web.Content;
using TherapyGuide.Web.Content.Editing;

namespace TherapyGuide.Web.Areas.Admin.Pages.Articles;

public sealed class EditModel(EditingServices services, MarkdownRenderer renderer)
    : EditContentModel<Article, ArticleForm>(services)
{
    /// <summary>Longest text the live preview renders; the full limit applies when saving.</summary>
    private const int PreviewLimit = 200_000;

    public IReadOnlyList<(string Slug, string Title)> OtherArticles { get; private set; } = [];

    /// <summary>Set after the Preview button: the body as the public page will show it.</summary>
    public RenderedMarkdown? Preview { get; private set; }

    private double? _readingGrade;

    /// <summary>
    /// The body's reading grade: the stored one when the page opens, else worked out only when the page shows it, so a
    /// save that goes through renders the body once (in the store) and opening the page never renders it.
    /// </summary>
    public double ReadingGrade => _readingGrade ??= GradeOfForm();

    /// <summary>Without JavaScript: renders the form's text through the public pipeline and keeps every field as typed.</summary>
    public override async Task<IActionResult> OnPostPreviewAsync(int? id, CancellationToken cancellationToken)
    {
        await OnGetChoicesAsync(id, cancellationToken);
        ModelState.Clear();
        Preview = renderer.Render(Form.Body ?? "");
        if (Preview.Refusal is { } refusal)
        {
            // The same words the save would show, beside the text box, so the editor knows before saving.
            ModelState.AddModelError($"{nameof(Form)}.{nameof(Form.Body)}", refusal);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        _readingGrade = ReadingLevel.Grade(Preview.PlainText);
        // The whole page on a phone and on paper too, once the form is complete; the body's preview needs none of that.
        if (TryValidateModel(Form, nameof(Form)))
        {
            ShowPreview(id);
        }

        ModelState.Clear();
        return Page();
    }

    /// <summary>With JavaScript: the live preview asks for the rendered text and its reading grade as you type.</summary>
    public IActionResult OnPostLivePreview([FromForm] string? body)
    {
        var text = body ?? "";
        if (text.Length > PreviewLimit)
        {
            return StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        var rendered = renderer.Render(text);
        if (rendered.Refusal is { } refusal)
        {
            return new JsonResult(new { error = refusal }) { StatusCode = StatusCodes.Status422UnprocessableEntity };
        }

        return new JsonResult(new { html = rendered.Html, grade = ReadingLevel.Grade(rendered.PlainText), words = rendered.WordCount });
    }

    protected override async Task PrepareAsync(CancellationToken cancellationToken)
    {
        await base.PrepareAsync(cancellationToken);
        // A translation relates the same articles as its original (they share their slugs): the English list, then.
        var english = Languages.SiteLanguage.English.Code;
        var articles = Translation is null ? Db.Articles.AsNoTracking() : Db.Articles.IgnoreQueryFilters().AsNoTracking().Where(a => a.Language == english);
        var (slug, ownId) = (Form.Slug, Id ?? 0);
        OtherArticles = (await (Translation is null ? articles.Where(a => a.Id != ownId) : articles.Where(a => a.Slug != slug))
                .OrderBy(a => a.Title)
                .Select(a => new { a.Slug, a.Title })
                .ToListAsync(cancellationToken))
            .Select(a => (a.Slug, a.Title))
            .ToList();
        if (HttpMethods.IsGet(Request.Method) && Id is { } id)
        {
            // Worked out from this very body when it was saved (and again whenever the renderer changes).
            _readingGrade = await Db.Articles.Where(a => a.Id == id).Select(a => (double?)a.ReadingGrade).SingleOrDefaultAsync(cancellationToken);
        }
        else if (Id is { } posted)
        {
            // The boxes post by title; readers see the stored order, which an unchanged save must keep.
            var stored = await Db.Articles.Where(a => a.Id == posted).Select(a => a.RelatedSlugs).SingleOrDefaultAsync(cancellationToken);
            Form.KeepRelatedOrder(stored ?? []);
        }
    }

    // Not for a body the form has refused (a table too wide): rendering it is the cost the rule avoids.
    private double GradeOfForm() =>
        string.IsNullOrEmpty(Form.Body) || ModelState.GetFieldValidationState($"{nameof(Form)}.{nameof(Form.Body)}") == ModelValidationState.Invalid
            ? 0
            : ReadingLevel.Grade(renderer.Render(Form.Body).PlainText);

    protected override Task<ArticleForm> NewFormAsync(CancellationToken cancellationToken) =>
        Task.FromResult(new ArticleForm { Status = ArticleStatus.Draft });

    private async Task OnGetChoicesAsync(int? id, CancellationToken cancellationToken)
    {
        SetId(id);
        await PrepareAsync(cancellationToken);
    }
}
