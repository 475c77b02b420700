using TherapyGuide.Web.Content.Editing;

namespace TherapyGuide.Web.Areas.Admin.Pages;

/// <summary>What the top of an edit page reports: a save that went through, or a conflict to resolve.</summary>
public sealed record EditStatus(bool Saved, string PublicPath, IReadOnlyList<FormField>? Theirs, string? TheirAuthor, IReadOnlyList<FormField> Yours)
{
    public CompareModel? Comparison =>
        Theirs is null ? null : new CompareModel("Their version (saved)", Theirs, "Your version (not saved yet)", Yours);
}
