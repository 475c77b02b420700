namespace TherapyGuide.Web.Content.Editing;

/// <summary>
/// The form of a row in a list file (comparison.yml, side-effects.yml, conditions.yml), whose <see cref="Order"/> is its
/// place in that list. The place is not part of the row's content: a row inserted above it moves it without changing
/// it, so the importer compares rows without it and applies the files' order as one step of its own.
/// </summary>
public interface IPositionedForm
{
    int Order { get; set; }
}
