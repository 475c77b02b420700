using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using TherapyGuide.Web.Content.Editing;

namespace TherapyGuide.Web.Areas.Admin.Pages;

/// <summary>Two versions of an item, field by field, with a line diff of each field that differs.</summary>
public sealed record CompareModel(string OldLabel, IReadOnlyList<FormField> Old, string NewLabel, IReadOnlyList<FormField> New)
{
    public IEnumerable<(string Label, string OldValue, string NewValue, DiffPaneModel Diff)> ChangedFields()
    {
        var oldByLabel = Old.ToDictionary(f => f.Label, f => f.Value);
        foreach (var field in New)
        {
            var before = oldByLabel.GetValueOrDefault(field.Label, "");
            if (before != field.Value)
            {
                yield return (field.Label, before, field.Value, InlineDiffBuilder.Diff(before, field.Value, ignoreWhiteSpace: false));
            }
        }
    }
}
