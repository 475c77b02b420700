using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;

namespace TherapyGuide.Web.Content.Editing;

public sealed class ComparisonForm : ContentForm, IContentForm<ComparisonForm, ComparisonAspect>, IPositionedForm
{
    public static ContentKind Kind => ContentKind.Comparison;

    [Required(ErrorMessage = "Enter the question this row answers, like \"How is it given?\".")]
    [StringLength(120, ErrorMessage = "Keep the question under 120 characters.")]
    [Display(Name = "Question (row heading)")]
    public string Aspect { get; set; } = "";

    [Required(ErrorMessage = "Enter the address (slug).")]
    [StringLength(100, ErrorMessage = "Keep the address under 100 characters.")]
    [Slug]
    [Display(Name = "Address")]
    public string Slug { get; set; } = "";

    [Required(ErrorMessage = "Say how it is for immunotherapy.")]
    [StringLength(2_000, ErrorMessage = "Keep it under 2,000 characters.")]
    public string Immunotherapy { get; set; } = "";

    [Required(ErrorMessage = "Say how it is for CAR-T cell therapy.")]
    [StringLength(2_000, ErrorMessage = "Keep it under 2,000 characters.")]
    [Display(Name = "CAR-T cell therapy")]
    public string CarT { get; set; } = "";

    [Range(0, 10_000, ErrorMessage = "Enter a whole number from 0 to 10,000.")]
    [Display(Name = "Position in the table")]
    public int Order { get; set; }

    public int Version { get; set; }

    /// <summary>The item's name for titles and lists; worked out from the fields, so never validated itself.</summary>
    [ValidateNever]
    public string DisplayName => Aspect;

    public static ComparisonForm From(ComparisonAspect entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return new ComparisonForm
        {
            Aspect = entity.Aspect,
            Slug = entity.Slug,
            Immunotherapy = entity.Immunotherapy,
            CarT = entity.CarT,
            Order = entity.Order,
            LastReviewed = entity.LastReviewed,
            NextReviewDue = entity.NextReviewDue,
            Version = entity.Version,
        };
    }

    public ComparisonAspect CreateEntity(MarkdownRenderer renderer)
    {
        var entity = new ComparisonAspect { Slug = Slug, Aspect = Aspect, Immunotherapy = Immunotherapy, CarT = CarT };
        ApplyTo(entity, renderer);
        return entity;
    }

    public void ApplyTo(ComparisonAspect entity, MarkdownRenderer renderer)
    {
        ArgumentNullException.ThrowIfNull(entity);
        entity.Aspect = Aspect.Trim();
        entity.Slug = Slug.Trim();
        entity.Immunotherapy = Immunotherapy.Trim();
        entity.CarT = CarT.Trim();
        entity.Order = Order;
        entity.LastReviewed = LastReviewed;
        entity.NextReviewDue = NextReviewDue;
    }

    public IEnumerable<FormField> Fields() =>
    [
        new("Question", Aspect),
        new("Address", Slug),
        new("Position", Order.ToString(CultureInfo.InvariantCulture)),
        new("Immunotherapy", Immunotherapy),
        new("CAR-T cell therapy", CarT),
        .. ReviewDateFields(),
    ];
}
