namespace TherapyGuide.Web.Content;

/// <summary>
/// Stored by name; the numbers are written out so that an added value never shifts the others.
/// </summary>
public enum ConditionKind
{
    Cancer = 0,
    Autoimmune = 1,
}
