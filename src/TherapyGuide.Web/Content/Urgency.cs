namespace TherapyGuide.Web.Content;

/// <summary>
/// How soon a reader should act on a side effect, from least to most urgent.
/// Stored by name; the numbers are written out so that an added value never shifts the others.
/// </summary>
public enum Urgency
{
    NextContact = 0,
    ContactNow = 1,
    Emergency = 2,
}
