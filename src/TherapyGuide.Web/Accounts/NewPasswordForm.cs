using System.ComponentModel.DataAnnotations;

namespace TherapyGuide.Web.Accounts;

/// <summary>A new password typed twice, for "Your account" and for a reset link. Identity's own rules (length) apply on top.</summary>
public sealed class NewPasswordForm
{
    [Required(ErrorMessage = "Enter a new password.")]
    [StringLength(512, ErrorMessage = "A password can be at most 512 characters.")]
    [DataType(DataType.Password)]
    [Display(Name = "New password")]
    public string NewPassword { get; set; } = "";

    [Required(ErrorMessage = "Type the new password again.")]
    [StringLength(512)]
    [DataType(DataType.Password)]
    [Compare(nameof(NewPassword), ErrorMessage = "The two new passwords are not the same. Type them again.")]
    [Display(Name = "New password again")]
    public string ConfirmPassword { get; set; } = "";

    /// <summary>Puts Identity's refusals (too short, too few different characters) next to the new password.</summary>
    public static void AddErrors(Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary modelState, string prefix, Microsoft.AspNetCore.Identity.IdentityResult result)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(result);
        foreach (var error in result.Errors)
        {
            modelState.AddModelError($"{prefix}.{nameof(NewPassword)}", error.Description);
        }
    }
}
