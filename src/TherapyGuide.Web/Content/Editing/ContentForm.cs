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
