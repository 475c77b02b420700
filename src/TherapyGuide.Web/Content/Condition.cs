namespace TherapyGuide.Web.Content;

/// <summary>A disease and where each therapy stands for it.</summary>
public sealed class Condition : ContentItem
{
    public required string Name { get; set; }

    public ConditionKind Kind { get; set; }

    public required string Summary { get; set; }

    public TreatmentStatus ImmunotherapyStatus { get; set; }

    public string ImmunotherapyNote { get; set; } = "";

    public TreatmentStatus CarTStatus { get; set; }

    public string CarTNote { get; set; } = "";

    public int Order { get; set; }

    public override void FollowOriginal(ContentItem original)
    {
        var english = (Condition)original;
        Kind = english.Kind;
        ImmunotherapyStatus = english.ImmunotherapyStatus;
        CarTStatus = english.CarTStatus;
        Order = english.Order;
    }
}
