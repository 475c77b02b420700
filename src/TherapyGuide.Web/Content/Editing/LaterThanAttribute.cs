using System.ComponentModel.DataAnnotations;

namespace TherapyGuide.Web.Content.Editing;

/// <summary>
/// A date that must come after another date on the same form. A property rule, not a form rule, so the
/// error shows beside its field together with every other error in one round.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class LaterThanAttribute(string otherProperty) : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        ArgumentNullException.ThrowIfNull(validationContext);
        var other = validationContext.ObjectType.GetProperty(otherProperty)?.GetValue(validationContext.ObjectInstance);
        return value is DateOnly date && other is DateOnly earlier && date <= earlier
            ? new ValidationResult(ErrorMessage, validationContext.MemberName is { } member ? [member] : null)
            : ValidationResult.Success;
    }
}
