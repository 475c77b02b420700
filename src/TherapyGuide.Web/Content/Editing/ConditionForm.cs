using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;

namespace TherapyGuide.Web.Content.Editing;

public sealed class ConditionForm : ContentForm, IContentForm<ConditionForm, Condition>, IPositionedForm
{
    public static ContentKind Kind => ContentKind.Condition;

    [Required(ErrorMessage = "Enter the illness's name.")]
    [StringLength(160, ErrorMessage = "Keep the name under 160 characters.")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "Enter the address (slug).")]
    [StringLength(100, ErrorMessage = "Keep the address under 100 characters.")]
    [Slug]
    [Display(Name = "Address")]
    public string Slug { get; set; } = "";

    [Display(Name = "Kind of illness")]
    public ConditionKind IllnessKind { get; set; }

    [Required(ErrorMessage = "Say in one sentence what the illness is.")]
    [StringLength(600, ErrorMessage = "Keep the summary under 600 characters.")]
    public string Summary { get; set; } = "";

    [Display(Name = "Immunotherapy: where it stands")]
    public TreatmentStatus ImmunotherapyStatus { get; set; } = TreatmentStatus.NotCovered;

    [StringLength(2_000, ErrorMessage = "Keep it under 2,000 characters.")]
    [Display(Name = "Immunotherapy: more detail")]
    public string? ImmunotherapyNote { get; set; }

    [Display(Name = "CAR-T: where it stands")]
    public TreatmentStatus CarTStatus { get; set; } = TreatmentStatus.NotCovered;

    [StringLength(2_000, ErrorMessage = "Keep it under 2,000 characters.")]
    [Display(Name = "CAR-T: more detail")]
    public string? CarTNote { get; set; }

    [Range(0, 10_000, ErrorMessage = "Enter a whole number from 0 to 10,000.")]
    [Display(Name = "Position on the page")]
    public int Order { get; set; }

    public int Version { get; set; }

    /// <summary>The item's name for titles and lists; worked out from the fields, so never validated itself.</summary>
    [ValidateNever]
    public string DisplayName => Name;

    public static ConditionForm From(Condition entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return new ConditionForm
        {
            Name = entity.Name,
            Slug = entity.Slug,
            IllnessKind = entity.Kind,
            Summary = entity.Summary,
            ImmunotherapyStatus = entity.ImmunotherapyStatus,
            ImmunotherapyNote = entity.ImmunotherapyNote,
            CarTStatus = entity.CarTStatus,
            CarTNote = entity.CarTNote,
            Order = entity.Order,
            LastReviewed = entity.LastReviewed,
            NextReviewDue = entity.NextReviewDue,
            Version = entity.Version,
        };
    }

    public Condition CreateEntity(MarkdownRenderer renderer)
    {
        var entity = new Condition { Slug = Slug, Name = Name, Summary = Summary };
        ApplyTo(entity, renderer);
        return entity;
    }

    public void ApplyTo(Condition entity, MarkdownRenderer renderer)
    {
        ArgumentNullException.ThrowIfNull(entity);
        entity.Name = Name.Trim();
        entity.Slug = Slug.Trim();
        entity.Kind = IllnessKind;
        entity.Summary = Summary.Trim();
        entity.ImmunotherapyStatus = ImmunotherapyStatus;
        entity.ImmunotherapyNote = ImmunotherapyNote?.Trim() ?? "";
        entity.CarTStatus = CarTStatus;
        entity.CarTNote = CarTNote?.Trim() ?? "";
        entity.Order = Order;
        entity.LastReviewed = LastReviewed;
        entity.NextReviewDue = NextReviewDue;
    }

    public IEnumerable<FormField> Fields() =>
    [
        new("Name", Name),
        new("Address", Slug),
        new("Kind", ContentLabels.For(IllnessKind)),
        new("Position", Order.ToString(CultureInfo.InvariantCulture)),
        new("Summary", Summary),
        new("Immunotherapy", ContentLabels.For(ImmunotherapyStatus)),
        new("Immunotherapy detail", ImmunotherapyNote ?? ""),
        new("CAR-T", ContentLabels.For(CarTStatus)),
        new("CAR-T detail", CarTNote ?? ""),
        .. ReviewDateFields(),
    ];

    public override IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var shared in base.Validate(validationContext))
        {
            yield return shared;
        }

        if (!Enum.IsDefined(IllnessKind))
        {
            yield return new ValidationResult("Choose cancer or autoimmune disease.", [nameof(IllnessKind)]);
        }

        if (!Enum.IsDefined(ImmunotherapyStatus) || !Enum.IsDefined(CarTStatus))
        {
            yield return new ValidationResult("Choose where each treatment stands.", [nameof(ImmunotherapyStatus)]);
        }
    }
}
