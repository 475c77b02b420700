namespace TherapyGuide.Web.Content;

public sealed class SideEffect : ContentItem
{
    public required string Name { get; set; }

    public Therapy Therapy { get; set; }

    public Urgency Urgency { get; set; }

    /// <summary>What it feels like, in plain text (blank lines separate paragraphs).</summary>
    public required string Symptoms { get; set; }

    public required string Timing { get; set; }

    public required string Management { get; set; }

    public int Order { get; set; }
}
