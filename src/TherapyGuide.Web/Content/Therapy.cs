namespace TherapyGuide.Web.Content;

/// <summary>Which treatment a side effect belongs to.</summary>
public enum Therapy
{
    Immunotherapy,
    CarT,
    Both,
}
