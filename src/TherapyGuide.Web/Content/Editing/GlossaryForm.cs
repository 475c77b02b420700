using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using TherapyGuide.Web.Content.Reading;

namespace TherapyGuide.Web.Content.Editing;

public sealed class GlossaryForm : ContentForm, IContentForm<GlossaryForm, GlossaryTerm>
{
    public static ContentKind Kind => ContentKind.Glossary;

    [Required(ErrorMessage = "Enter the word or phrase.")]
    [GlossarySpelling]
    public string Term { get; set; } = "";

    [Required(ErrorMessage = "Enter the address (slug).")]
    [StringLength(100, ErrorMessage = "Keep the address under 100 characters.")]
    [Slug]
    [Display(Name = "Address")]
    public string Slug { get; set; } = "";

    [Required(ErrorMessage = "Write a plain definition.")]
    [StringLength(2_000, ErrorMessage = "Keep the definition under 2,000 characters.")]
    public string Definition { get; set; } = "";

    [StringLength(1_000, ErrorMessage = "Keep the other spellings under 1,000 characters.")]
    [GlossarySpelling(OneALine = true)]
    [Display(Name = "Other spellings (one a line)")]
    public string? Aliases { get; set; }

    public int Version { get; set; }

    /// <summary>The item's name for titles and lists; worked out from the fields, so never validated itself.</summary>
    [ValidateNever]
    public string DisplayName => Term;

    public static GlossaryForm From(GlossaryTerm entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return new GlossaryForm
        {
            Term = entity.Term,
            Slug = entity.Slug,
            Definition = entity.Definition,
            Aliases = TextLines.Join(entity.Aliases),
            LastReviewed = entity.LastReviewed,
            NextReviewDue = entity.NextReviewDue,
            Version = entity.Version,
        };
    }

    public GlossaryTerm CreateEntity(MarkdownRenderer renderer)
    {
        var entity = new GlossaryTerm { Slug = Slug, Term = Term, Definition = Definition };
        ApplyTo(entity, renderer);
        return entity;
    }

    public void ApplyTo(GlossaryTerm entity, MarkdownRenderer renderer)
    {
        ArgumentNullException.ThrowIfNull(entity);
        entity.Term = Term.Trim();
        entity.Slug = Slug.Trim();
        entity.Definition = Definition.Trim();
        entity.Aliases = TextLines.Split(Aliases);
        entity.LastReviewed = LastReviewed;
        entity.NextReviewDue = NextReviewDue;
    }

    public IEnumerable<FormField> Fields() =>
    [
        new("Term", Term),
        new("Address", Slug),
        new("Definition", Definition),
        new("Other spellings", Aliases ?? ""),
        .. ReviewDateFields(),
    ];
}
