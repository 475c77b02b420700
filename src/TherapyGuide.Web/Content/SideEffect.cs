namespace TherapyGuide.Web.Content;

public sealed class SideEffect : ContentItem
{
    /// <summary>The medical name ("Cytokine release syndrome (CRS)"), shown second as "Doctors call this".</summary>
    public required string Name { get; set; }

    /// <summary>What the reader notices, in their own words: the card's heading ("Fever or trouble breathing after CAR-T").</summary>
    public string Title { get; set; } = "";

    /// <summary>Short phrases for what a person feels ("Feeling hot and shivery"); each links to the card from the symptom list.</summary>
    public List<string> Signs { get; set; } = [];

    /// <summary>Words people type for it ("shivering", "short of breath", "999"): searched, never shown.</summary>
    public List<string> OtherWords { get; set; } = [];

    public Therapy Therapy { get; set; }

    public Urgency Urgency { get; set; }

    /// <summary>What it feels like, in plain text (blank lines separate paragraphs).</summary>
    public required string Symptoms { get; set; }

    public required string Timing { get; set; }

    public required string Management { get; set; }

    public int Order { get; set; }

    public override void FollowOriginal(ContentItem original)
    {
        var english = (SideEffect)original;
        Therapy = english.Therapy;
        Urgency = english.Urgency;
        Order = english.Order;
    }

    /// <summary>The heading readers see: their own words, or the medical name where none are written yet.</summary>
    public string Heading => string.IsNullOrWhiteSpace(Title) ? Name : Title;
}
