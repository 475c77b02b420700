namespace TherapyGuide.Web.Content;

public enum ConditionKind
{
    Cancer,
    Autoimmune,
}
