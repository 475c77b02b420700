namespace TherapyGuide.Web.Content;

/// <summary>
/// Which treatment a side effect belongs to.
/// Stored by name; the numbers are written out so that an added value never shifts the others.
/// </summary>
public enum Therapy
{
    Immunotherapy = 0,
    CarT = 1,
    Both = 2,
}
