using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace TherapyGuide.Web.Content.Editing;

/// <summary>
/// What every content form shares, as <see cref="ContentItem"/> does for the items: the review dates readers see at
/// the foot of each page, edited, checked and shown in history the same way for every kind.
/// </summary>
public abstract class ContentForm : IValidatableObject
{
    /// <summary>How long a new item, or one just reviewed, may go before its next review.</summary>
    public const int MonthsBetweenReviews = 6;

    [Display(Name = "Last reviewed")]
    public DateOnly LastReviewed { get; set; }

    [Display(Name = "Next review due")]
    [LaterThan(nameof(LastReviewed), ErrorMessage = "The next review must come after the last review.")]
    public DateOnly NextReviewDue { get; set; }

    /// <summary>
    /// On a translation's form: the original's version the translator says the translation now includes (the box
    /// "This translation now includes the English changes up to version N"); the save then records it as the
    /// translation's <see cref="ContentItem.SourceVersion"/>. Null (the box left empty) keeps the one stored. Not a field
    /// of the item: history never shows it, but a draft keeps it until it is published.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public int? IncludesOriginalVersion { get; set; }

    /// <summary>
    /// The language a draft of this form is written in (<see cref="Languages.SiteLanguage.Code"/>), set by the edit page
    /// for a translation and never taken from a post: publishing the draft later (from the review page, or on a schedule)
    /// writes it in that language. Null for the original language.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever]
    [Microsoft.AspNetCore.Mvc.ModelBinding.Validation.ValidateNever]
    public string? TranslationLanguage { get; set; }

    /// <summary>A new item counts as reviewed today, when it is written, and is due again after the usual interval.</summary>
    public void StartReviewCycle(DateOnly today)
    {
        LastReviewed = today;
        NextReviewDue = today.AddMonths(MonthsBetweenReviews);
    }

    /// <summary>The checks every kind's form makes; a kind's own checks follow in its override.</summary>
    public virtual IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        // A date left out of the post binds as 1 January 0001, which no reader should see.
        if (LastReviewed == default)
        {
            yield return new ValidationResult("Enter the date of the last review.", [nameof(LastReviewed)]);
        }
    }

    /// <summary>The dates as history and the side-by-side comparisons show them.</summary>
    protected IEnumerable<FormField> ReviewDateFields() =>
    [
        new("Last reviewed", LastReviewed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        new("Next review due", NextReviewDue.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
    ];
}
