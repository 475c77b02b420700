using TherapyGuide.Web.Content.Editing;

namespace TherapyGuide.Web.Areas.Admin.Pages;

/// <summary>Two versions of an item, field by field, with the changed words of each field that differs.</summary>
public sealed record CompareModel(string OldLabel, IReadOnlyList<FormField> Old, string NewLabel, IReadOnlyList<FormField> New)
{
    public IEnumerable<FieldChange> ChangedFields()
    {
        var oldByLabel = Old.ToDictionary(f => f.Label, f => f.Value);
        foreach (var field in New)
        {
            var before = oldByLabel.GetValueOrDefault(field.Label, "");
            if (before != field.Value)
            {
                yield return new FieldChange(field.Label, before, field.Value, WordDiff.Compare(before, field.Value));
            }
        }
    }
}
