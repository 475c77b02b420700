namespace TherapyGuide.Web.Content;

/// <summary>How soon a reader should act on a side effect, from least to most urgent.</summary>
public enum Urgency
{
    NextContact,
    ContactNow,
    Emergency,
}
