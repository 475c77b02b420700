using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;

namespace TherapyGuide.Web.Content.Editing;

public sealed class SideEffectForm : ContentForm, IContentForm<SideEffectForm, SideEffect>, IPositionedForm
{
    public static ContentKind Kind => ContentKind.SideEffect;

    [Required(ErrorMessage = "Enter the side effect's name.")]
    [StringLength(160, ErrorMessage = "Keep the name under 160 characters.")]
    public string Name { get; set; } = "";

    /// <summary>Optional: where it is blank, the card's heading is the name.</summary>
    [StringLength(120, ErrorMessage = "Keep the heading under 120 characters.")]
    [Display(Name = "Heading in the reader's words")]
    public string? Title { get; set; }

    [StringLength(1_000, ErrorMessage = "Keep the signs under 1,000 characters.")]
    [Display(Name = "Signs a reader may notice (one a line)")]
    public string? Signs { get; set; }

    [StringLength(1_000, ErrorMessage = "Keep the other words under 1,000 characters.")]
    [Display(Name = "Other words people search for (one a line)")]
    public string? OtherWords { get; set; }

    [Required(ErrorMessage = "Enter the address (slug).")]
    [StringLength(100, ErrorMessage = "Keep the address under 100 characters.")]
    [Slug]
    [Display(Name = "Address")]
    public string Slug { get; set; } = "";

    public Therapy Therapy { get; set; }

    public Urgency Urgency { get; set; } = Urgency.ContactNow;

    [Required(ErrorMessage = "Say what it can feel like.")]
    [StringLength(4_000, ErrorMessage = "Keep it under 4,000 characters.")]
    [Display(Name = "What it can feel like")]
    public string Symptoms { get; set; } = "";

    [Required(ErrorMessage = "Say when it tends to happen, or that it varies.")]
    [StringLength(4_000, ErrorMessage = "Keep it under 4,000 characters.")]
    [Display(Name = "When it tends to happen")]
    public string Timing { get; set; } = "";

    [Required(ErrorMessage = "Say how it is managed.")]
    [StringLength(4_000, ErrorMessage = "Keep it under 4,000 characters.")]
    [Display(Name = "How it is managed")]
    public string Management { get; set; } = "";

    [Range(0, 10_000, ErrorMessage = "Enter a whole number from 0 to 10,000.")]
    [Display(Name = "Position on the page")]
    public int Order { get; set; }

    public int Version { get; set; }

    /// <summary>The item's name for titles and lists; worked out from the fields, so never validated itself.</summary>
    [ValidateNever]
    public string DisplayName => Name;

    public static SideEffectForm From(SideEffect entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return new SideEffectForm
        {
            Name = entity.Name,
            Title = entity.Title,
            Signs = TextLines.Join(entity.Signs),
            OtherWords = TextLines.Join(entity.OtherWords),
            Slug = entity.Slug,
            Therapy = entity.Therapy,
            Urgency = entity.Urgency,
            Symptoms = entity.Symptoms,
            Timing = entity.Timing,
            Management = entity.Management,
            Order = entity.Order,
            LastReviewed = entity.LastReviewed,
            NextReviewDue = entity.NextReviewDue,
            Version = entity.Version,
        };
    }

    public SideEffect CreateEntity(MarkdownRenderer renderer)
    {
        var entity = new SideEffect { Slug = Slug, Name = Name, Symptoms = Symptoms, Timing = Timing, Management = Management };
        ApplyTo(entity, renderer);
        return entity;
    }

    public void ApplyTo(SideEffect entity, MarkdownRenderer renderer)
    {
        ArgumentNullException.ThrowIfNull(entity);
        entity.Name = Name.Trim();
        entity.Title = (Title ?? "").Trim();
        entity.Signs = TextLines.Split(Signs);
        entity.OtherWords = TextLines.Split(OtherWords);
        entity.Slug = Slug.Trim();
        entity.Therapy = Therapy;
        entity.Urgency = Urgency;
        entity.Symptoms = Symptoms.Trim();
        entity.Timing = Timing.Trim();
        entity.Management = Management.Trim();
        entity.Order = Order;
        entity.LastReviewed = LastReviewed;
        entity.NextReviewDue = NextReviewDue;
    }

    public IEnumerable<FormField> Fields() =>
    [
        new("Name", Name),
        new("Heading", Title ?? ""),
        new("Signs", Signs ?? ""),
        new("Other search words", OtherWords ?? ""),
        new("Address", Slug),
        new("Treatment", ContentLabels.For(Therapy)),
        new("Urgency", ContentLabels.For(Urgency)),
        new("Position", Order.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("What it can feel like", Symptoms),
        new("When it tends to happen", Timing),
        new("How it is managed", Management),
        .. ReviewDateFields(),
    ];

    public override IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var shared in base.Validate(validationContext))
        {
            yield return shared;
        }

        if (!Enum.IsDefined(Therapy))
        {
            yield return new ValidationResult("Choose which treatment this side effect belongs to.", [nameof(Therapy)]);
        }

        if (!Enum.IsDefined(Urgency))
        {
            yield return new ValidationResult("Choose how urgent it is.", [nameof(Urgency)]);
        }
    }
}
