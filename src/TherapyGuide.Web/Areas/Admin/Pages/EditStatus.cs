using TherapyGuide.Web.Content.Editing;
using TherapyGuide.Web.Content.Review;

namespace TherapyGuide.Web.Areas.Admin.Pages;

/// <summary>What the top of an edit page reports: a save that went through, a conflict to resolve, and the draft's state.</summary>
public sealed record EditStatus(bool Saved, string PublicPath, IReadOnlyList<FormField>? Theirs, string? TheirAuthor, IReadOnlyList<FormField> Yours)
{
    public ContentDraft? Draft { get; init; }

    public string? DraftDone { get; init; }

    public IReadOnlyList<string>? NeedsApproval { get; init; }

    public string? DraftProblem { get; init; }

    /// <summary>True when <see cref="Theirs"/> is the published version, newer than the one the draft was written over.</summary>
    public bool DraftBehind { get; init; }

    /// <summary>Where the draft's own buttons (publish, discard) post: this page.</summary>
    public string FormAction { get; init; } = "";

    public ReviewApproval Approval { get; init; }

    /// <summary>After the Preview button: the item as readers will see it; null before, and for articles (previewed beside the text).</summary>
    public Previews.ContentPreview? Preview { get; init; }

    /// <summary>After the Preview button, when the form has problems to fix first.</summary>
    public bool PreviewRefused { get; init; }

    public CompareModel? Comparison =>
        Theirs is null
            ? null
            : DraftBehind
                ? new CompareModel("Published now", Theirs, "Your draft", Yours)
                : new CompareModel(Draft is null ? "Their version (saved)" : "Their draft (saved)", Theirs, "Your version (not saved yet)", Yours);
}
