using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;

namespace TherapyGuide.Web.Content.Editing;

public sealed class UrgentHelpForm : ContentForm, IContentForm<UrgentHelpForm, UrgentHelp>
{
    public static ContentKind Kind => ContentKind.UrgentHelp;

    [Required(ErrorMessage = "Enter the block's heading.")]
    [StringLength(160, ErrorMessage = "Keep the heading under 160 characters.")]
    [Display(Name = "Heading")]
    public string Title { get; set; } = "";

    [Required(ErrorMessage = "Enter the address (slug).")]
    [StringLength(100, ErrorMessage = "Keep the address under 100 characters.")]
    [Slug]
    [Display(Name = "Address")]
    public string Slug { get; set; } = UrgentHelp.MainSlug;

    [StringLength(400, ErrorMessage = "Keep the introduction under 400 characters.")]
    [Display(Name = "Introduction (one short line, optional)")]
    public string? Introduction { get; set; }

    [Required(ErrorMessage = "Say what to do in an emergency.")]
    [StringLength(300, ErrorMessage = "Keep it under 300 characters.")]
    [Display(Name = "Emergency: what to do")]
    public string EmergencyAction { get; set; } = "";

    [StringLength(2_000, ErrorMessage = "Keep the signs under 2,000 characters.")]
    [Display(Name = "Emergency: signs (one a line)")]
    public string? EmergencySigns { get; set; }

    [Required(ErrorMessage = "Say what to do when the care team must be called now.")]
    [StringLength(300, ErrorMessage = "Keep it under 300 characters.")]
    [Display(Name = "Contact now: what to do")]
    public string ContactNowAction { get; set; } = "";

    [StringLength(2_000, ErrorMessage = "Keep the signs under 2,000 characters.")]
    [Display(Name = "Contact now: signs (one a line)")]
    public string? ContactNowSigns { get; set; }

    [Required(ErrorMessage = "Say what to do with things that can wait for the next contact.")]
    [StringLength(300, ErrorMessage = "Keep it under 300 characters.")]
    [Display(Name = "Next contact: what to do")]
    public string NextContactAction { get; set; } = "";

    [StringLength(2_000, ErrorMessage = "Keep the signs under 2,000 characters.")]
    [Display(Name = "Next contact: signs (one a line)")]
    public string? NextContactSigns { get; set; }

    [StringLength(400, ErrorMessage = "Keep the closing line under 400 characters.")]
    [Display(Name = "Closing line (optional)")]
    public string? Note { get; set; }

    public int Version { get; set; }

    /// <summary>The item's name for titles and lists; worked out from the fields, so never validated itself.</summary>
    [ValidateNever]
    public string DisplayName => Title;

    public static UrgentHelpForm From(UrgentHelp entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return new UrgentHelpForm
        {
            Title = entity.Title,
            Slug = entity.Slug,
            Introduction = entity.Introduction,
            EmergencyAction = entity.EmergencyAction,
            EmergencySigns = TextLines.Join(entity.EmergencySigns),
            ContactNowAction = entity.ContactNowAction,
            ContactNowSigns = TextLines.Join(entity.ContactNowSigns),
            NextContactAction = entity.NextContactAction,
            NextContactSigns = TextLines.Join(entity.NextContactSigns),
            Note = entity.Note,
            LastReviewed = entity.LastReviewed,
            NextReviewDue = entity.NextReviewDue,
            Version = entity.Version,
        };
    }

    public UrgentHelp CreateEntity(MarkdownRenderer renderer)
    {
        var entity = new UrgentHelp { Slug = Slug, Title = Title, EmergencyAction = EmergencyAction, ContactNowAction = ContactNowAction, NextContactAction = NextContactAction };
        ApplyTo(entity, renderer);
        return entity;
    }

    public void ApplyTo(UrgentHelp entity, MarkdownRenderer renderer)
    {
        ArgumentNullException.ThrowIfNull(entity);
        entity.Title = Title.Trim();
        entity.Slug = Slug.Trim();
        entity.Introduction = (Introduction ?? "").Trim();
        entity.EmergencyAction = EmergencyAction.Trim();
        entity.EmergencySigns = TextLines.Split(EmergencySigns);
        entity.ContactNowAction = ContactNowAction.Trim();
        entity.ContactNowSigns = TextLines.Split(ContactNowSigns);
        entity.NextContactAction = NextContactAction.Trim();
        entity.NextContactSigns = TextLines.Split(NextContactSigns);
        entity.Note = (Note ?? "").Trim();
        entity.LastReviewed = LastReviewed;
        entity.NextReviewDue = NextReviewDue;
    }

    public IEnumerable<FormField> Fields() =>
    [
        new("Heading", Title),
        new("Address", Slug),
        new("Introduction", Introduction ?? ""),
        new("Emergency: what to do", EmergencyAction),
        new("Emergency: signs", EmergencySigns ?? ""),
        new("Contact now: what to do", ContactNowAction),
        new("Contact now: signs", ContactNowSigns ?? ""),
        new("Next contact: what to do", NextContactAction),
        new("Next contact: signs", NextContactSigns ?? ""),
        new("Closing line", Note ?? ""),
        .. ReviewDateFields(),
    ];

    /// <summary>A block at another address, or without emergency signs, would leave readers without urgent help.</summary>
    public override IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var shared in base.Validate(validationContext))
        {
            yield return shared;
        }

        // The public pages find the block by its address: a changed one would take it off every page.
        if (Slug != UrgentHelp.MainSlug)
        {
            yield return new ValidationResult($"The urgent-help block's address is always “{UrgentHelp.MainSlug}”.", [nameof(Slug)]);
        }

        if (TextLines.Split(EmergencySigns).Count == 0)
        {
            yield return new ValidationResult("List at least one sign that needs emergency services.", [nameof(EmergencySigns)]);
        }

        if (TextLines.Split(ContactNowSigns).Count == 0)
        {
            yield return new ValidationResult("List at least one sign that needs the care team now.", [nameof(ContactNowSigns)]);
        }
    }
}
