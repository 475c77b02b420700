namespace TherapyGuide.Web.Content;

/// <summary>One row of the side-by-side table.</summary>
public sealed class ComparisonAspect : ContentItem
{
    public required string Aspect { get; set; }

    public required string Immunotherapy { get; set; }

    public required string CarT { get; set; }

    public int Order { get; set; }

    public override void FollowOriginal(ContentItem original) => Order = ((ComparisonAspect)original).Order;
}
