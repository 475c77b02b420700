using DiffPlex;
using Microsoft.Extensions.Options;
using TherapyGuide.Web.Content.Editing;
using TherapyGuide.Web.Content.Kinds;

namespace TherapyGuide.Web.Content.Review;

/// <summary>
/// Decides whether a change may reach readers on the word it comes with (<see cref="Publication"/>), from the site's
/// <see cref="ReviewOptions"/> and the kind's safety-critical fields. <see cref="ContentWriter"/> asks it on every save,
/// so no page, command or restore can publish around it.
/// </summary>
public sealed class ReviewRule(IOptions<TherapyGuideOptions> options)
{
    /// <summary>Fields whose change never needs a review: where an item sits in its list.</summary>
    private static readonly HashSet<string> _editorial = ["Position"];

    public ReviewOptions Settings => options.Value.Review;

    /// <summary>The labels of the fields that differ; every field of a new item (<paramref name="before"/> null) that has a value.</summary>
    public static IReadOnlyList<string> ChangedFields(IReadOnlyList<FormField>? before, IReadOnlyList<FormField> after)
    {
        ArgumentNullException.ThrowIfNull(after);
        var old = before?.ToDictionary(f => f.Label, f => f.Value);
        return after
            .Where(f => old is null ? f.Value.Length > 0 : old.GetValueOrDefault(f.Label, "") != f.Value)
            .Select(f => f.Label)
            .ToList();
    }

    /// <summary>The safety-critical fields among <paramref name="changed"/>; for a new item of a kind that has any, all of its own.</summary>
    public static IReadOnlyList<string> SafetyCritical(ContentKind kind, IReadOnlyList<string> changed, bool isNew)
    {
        ArgumentNullException.ThrowIfNull(changed);
        var critical = ContentKindRegistry.For(kind).SafetyCriticalFields;
        return isNew && critical.Count > 0
            ? [.. critical]
            : changed.Where(critical.Contains).ToList();
    }

    /// <summary>
    /// Why the change may not go live on <paramref name="publication"/>'s word; empty when it may. <paramref name="before"/>
    /// is the published item's fields, null for a new item.
    /// </summary>
    public IReadOnlyList<string> Refusals(ContentKind kind, IReadOnlyList<FormField>? before, IReadOnlyList<FormField> after, Publication publication)
    {
        ArgumentNullException.ThrowIfNull(publication);
        if (publication.Approval is not null || publication.FromContentFiles || Settings.Approval == ReviewApproval.Off)
        {
            return [];
        }

        var changed = ChangedFields(before, after);
        var critical = SafetyCritical(kind, changed, before is null);
        if (critical.Count > 0)
        {
            return [$"It changes what readers rely on for their safety ({string.Join(", ", critical).ToLowerInvariant()}): a reviewer must approve it first."];
        }

        if (Settings.Approval == ReviewApproval.SafetyCritical || changed.All(_editorial.Contains))
        {
            return [];
        }

        if (!publication.Minor)
        {
            return ["Every change needs a reviewer's approval on this site, unless it is a minor one."];
        }

        return MinorRefusal(before, after, changed) is { } refusal ? [refusal] : [];
    }

    /// <summary>
    /// Why this person may not delete an item of the kind; null when they may. Deleting a side effect takes its safety
    /// advice off the site at once, so while approval is on it is a clinician's decision: only a reviewer may do it
    /// (and, where every change needs approval, the same for every kind).
    /// </summary>
    public string? DeleteRefusal(ContentKind kind, bool isReviewer)
    {
        var needsReviewer = Settings.Approval switch
        {
            ReviewApproval.Off => false,
            ReviewApproval.Every => true,
            _ => ContentKindRegistry.For(kind).SafetyCriticalFields.Count > 0,
        };
        return needsReviewer && !isReviewer
            ? $"Deleting a {ContentKinds.Label(kind).ToLowerInvariant()} takes what readers rely on off the site at once, so only a reviewer may do it on this site. Ask a reviewer to delete it."
            : null;
    }

    /// <summary>Whether the change counts as minor under the site's rule: null when it does, else why not.</summary>
    public string? MinorRefusal(IReadOnlyList<FormField>? before, IReadOnlyList<FormField> after, IReadOnlyList<string> changed)
    {
        ArgumentNullException.ThrowIfNull(after);
        ArgumentNullException.ThrowIfNull(changed);
        var limit = Settings.MinorChangeCharacters;
        if (before is null)
        {
            return "A new item is never a minor change.";
        }

        if (limit <= 0)
        {
            return "This site counts no change as minor: a reviewer must approve it.";
        }

        if (changed.Contains("Address"))
        {
            return "A new address is not a minor change.";
        }

        var old = before.ToDictionary(f => f.Label, f => f.Value);
        var characters = after.Sum(f => CharactersChanged(old.GetValueOrDefault(f.Label, ""), f.Value));
        return characters <= limit
            ? null
            : $"It changes {characters} characters; a minor change on this site changes at most {limit}, so a reviewer must approve it.";
    }

    /// <summary>How many characters differ: each changed run counts its longer side (a replaced letter is one).</summary>
    public static int CharactersChanged(string before, string after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        if (before == after)
        {
            return 0;
        }

        return Differ.Instance.CreateCharacterDiffs(before, after, ignoreWhitespace: false)
            .DiffBlocks.Sum(b => Math.Max(b.DeleteCountA, b.InsertCountB));
    }
}
