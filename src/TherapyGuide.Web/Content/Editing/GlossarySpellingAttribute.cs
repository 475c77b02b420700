using System.ComponentModel.DataAnnotations;
using TherapyGuide.Web.Content.Reading;

namespace TherapyGuide.Web.Content.Editing;

/// <summary>
/// A glossary term, or its other spellings one a line, that the matcher can look for (see <see cref="GlossarySpelling"/>).
/// Checked on save, so the editor reads beside the field which spelling is refused and why, instead of the word
/// silently never being explained on the pages. A property rule, so it shows with every other error in one round.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class GlossarySpellingAttribute : ValidationAttribute
{
    /// <summary>The field holds one spelling a line (the other spellings), not a single one (the term).</summary>
    public bool OneALine { get; init; }

    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        ArgumentNullException.ThrowIfNull(validationContext);
        if (value is not string text || string.IsNullOrWhiteSpace(text))
        {
            return ValidationResult.Success; // [Required] speaks for an empty term
        }

        var spellings = OneALine ? TextLines.Split(text) : [text.Trim()];
        var problems = spellings
            .Select(spelling => GlossarySpelling.Problem(spelling) is { } problem ? GlossarySpelling.Message(spelling, problem) : null)
            .OfType<string>()
            .ToList();
        return problems.Count == 0
            ? ValidationResult.Success
            : new ValidationResult(string.Join(" ", problems), validationContext.MemberName is { } member ? [member] : null);
    }
}
