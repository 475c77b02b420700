using System.ComponentModel.DataAnnotations;

namespace TherapyGuide.Web.Content.Editing;

/// <summary>
/// Markdown whose tables fit <see cref="MarkdownRenderer.MaxTableColumns"/>: a wider one is refused on save with a
/// clear reason rather than costing seconds on every render. A property rule, so it shows with every other error.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class TableWidthAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        ArgumentNullException.ThrowIfNull(validationContext);
        return value is string markdown && MarkdownRenderer.TableProblem(markdown) is { } problem
            ? new ValidationResult(problem, validationContext.MemberName is { } member ? [member] : null)
            : ValidationResult.Success;
    }
}
