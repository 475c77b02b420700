using System.ComponentModel.DataAnnotations;

namespace TherapyGuide.Web.Content.Editing;

/// <summary>Lowercase letters and numbers in words joined by single hyphens, as addresses use.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class SlugAttribute() : RegularExpressionAttribute("^[a-z0-9]+(-[a-z0-9]+)*$")
{
    public override string FormatErrorMessage(string name) =>
        $"Use only lowercase letters, numbers and single hyphens for the {name.ToLowerInvariant()}, like \"car-t-side-effects\".";
}
