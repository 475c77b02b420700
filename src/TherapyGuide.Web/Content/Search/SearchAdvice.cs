namespace TherapyGuide.Web.Content.Search;

/// <summary>
/// What to do, shown in full above a side effect's or the urgent-help block's snippet, so that a snippet cut short
/// can never hide the instruction: the level (in the cards' words) and the action for it.
/// </summary>
public sealed record SearchAdvice(Urgency Level, string Action, IReadOnlyList<string>? Signs = null)
{
    /// <summary>Equal when level, action and signs are (a list compares by reference otherwise).</summary>
    public bool Equals(SearchAdvice? other) =>
        other is not null && Level == other.Level && Action == other.Action && (Signs ?? []).SequenceEqual(other.Signs ?? []);

    public override int GetHashCode() => HashCode.Combine(Level, Action);
}
