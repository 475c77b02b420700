using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;

namespace TherapyGuide.Web.Content.Editing;

public sealed class QuestionGroupForm : ContentForm, IContentForm<QuestionGroupForm, QuestionGroup>, IPositionedForm
{
    /// <summary>More than a reader would take to one appointment under one heading: a longer list reads better as two groups.</summary>
    public const int MaxQuestions = 30;

    /// <summary>A question a reader can ask in one breath, with room to spare (the longest written so far is under 100).</summary>
    public const int MaxQuestionLength = 300;

    /// <summary>The most the questions box may hold: <see cref="MaxQuestions"/> of the longest questions, one a line.</summary>
    public const int MaxText = (MaxQuestions * (MaxQuestionLength + 1)) - 1;

    public static ContentKind Kind => ContentKind.QuestionGroup;

    /// <summary>
    /// Ids the questions page gives its other parts (the "My own questions" box, the layout's main area, search, care
    /// team and feedback forms): a group's heading carries its address as its id, which must be the only one on the page.
    /// </summary>
    private static readonly string[] _pageIds = ["own-questions", "main", "site-search-q"];

    private static readonly string[] _pageIdPrefixes = ["care-team-", "feedback-"];

    [Required(ErrorMessage = "Enter the group's heading, like \"What should I expect?\".")]
    [StringLength(160, ErrorMessage = "Keep the heading under 160 characters.")]
    [Display(Name = "Heading")]
    public string Heading { get; set; } = "";

    [Required(ErrorMessage = "Enter the address (slug).")]
    [StringLength(100, ErrorMessage = "Keep the address under 100 characters.")]
    [Slug]
    [Display(Name = "Address")]
    public string Slug { get; set; } = "";

    // The whole box is capped at what the two limits above allow, so a huge post is refused before it is split.
    [Required(ErrorMessage = "List at least one question.")]
    [StringLength(MaxText, ErrorMessage = "There is too much text here: keep to 30 questions of up to 300 characters each.")]
    [Display(Name = "Questions (one a line)")]
    public string Questions { get; set; } = "";

    [Range(0, 10_000, ErrorMessage = "Enter a whole number from 0 to 10,000.")]
    [Display(Name = "Position on the page")]
    public int Order { get; set; }

    public int Version { get; set; }

    /// <summary>The item's name for titles and lists; worked out from the fields, so never validated itself.</summary>
    [ValidateNever]
    public string DisplayName => Heading;

    public static QuestionGroupForm From(QuestionGroup entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return new QuestionGroupForm
        {
            Heading = entity.Heading,
            Slug = entity.Slug,
            Questions = TextLines.Join(entity.Questions),
            Order = entity.Order,
            LastReviewed = entity.LastReviewed,
            NextReviewDue = entity.NextReviewDue,
            Version = entity.Version,
        };
    }

    public QuestionGroup CreateEntity(MarkdownRenderer renderer)
    {
        var entity = new QuestionGroup { Slug = Slug, Heading = Heading };
        ApplyTo(entity, renderer);
        return entity;
    }

    public void ApplyTo(QuestionGroup entity, MarkdownRenderer renderer)
    {
        ArgumentNullException.ThrowIfNull(entity);
        entity.Heading = Heading.Trim();
        entity.Slug = Slug.Trim();
        entity.Questions = TextLines.Split(Questions);
        entity.Order = Order;
        entity.LastReviewed = LastReviewed;
        entity.NextReviewDue = NextReviewDue;
    }

    public IEnumerable<FormField> Fields() =>
    [
        new("Heading", Heading),
        new("Address", Slug),
        new("Position", Order.ToString(CultureInfo.InvariantCulture)),
        new("Questions", Questions),
        .. ReviewDateFields(),
    ];

    /// <summary>
    /// Each question must fit a line of the printed checklist, and none may be listed twice: the list would otherwise drop
    /// the repeat without a word (see <see cref="TextLines.Split"/>), and the editor should know which line went.
    /// </summary>
    public override IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var shared in base.Validate(validationContext))
        {
            yield return shared;
        }

        var slug = Slug ?? "";
        if (_pageIds.Contains(slug, StringComparer.Ordinal) || _pageIdPrefixes.Any(p => slug.StartsWith(p, StringComparison.Ordinal)))
        {
            yield return new ValidationResult($"The address “{slug}” is taken by another part of the questions page. Choose another.", [nameof(Slug)]);
        }

        var lines = (Questions ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (lines.Length > MaxQuestions)
        {
            yield return new ValidationResult(
                $"There are {lines.Length} questions. Keep a group to {MaxQuestions} or fewer, or split it into two groups.", [nameof(Questions)]);
        }

        var number = 0;
        foreach (var line in lines)
        {
            number++;
            if (line.Length > MaxQuestionLength)
            {
                yield return new ValidationResult(
                    $"Question {number} is {line.Length} characters long. Keep each question to {MaxQuestionLength} characters or fewer.", [nameof(Questions)]);
            }
        }

        foreach (var repeated in lines.GroupBy(q => q, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            var shown = repeated.Key.Length > 80 ? repeated.Key[..80] + "…" : repeated.Key;
            yield return new ValidationResult($"“{shown}” is listed {repeated.Count()} times. Keep it once.", [nameof(Questions)]);
        }
    }
}
