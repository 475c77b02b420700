namespace TherapyGuide.Web.Content;

/// <summary>
/// What to do now, by symptom, in three levels (emergency services / the treatment centre's 24-hour number /
/// the next contact). Written once and shown near the top of the home page, the side-effects page and every
/// article about treatment, so a frightened reader finds it on the first screen.
/// </summary>
public sealed class UrgentHelp : ContentItem
{
    /// <summary>The slug of the block the public pages show.</summary>
    public const string MainSlug = "urgent-help";

    public required string Title { get; set; }

    /// <summary>One short line above the levels (optional).</summary>
    public string Introduction { get; set; } = "";

    public required string EmergencyAction { get; set; }

    public List<string> EmergencySigns { get; set; } = [];

    public required string ContactNowAction { get; set; }

    public List<string> ContactNowSigns { get; set; } = [];

    public required string NextContactAction { get; set; }

    public List<string> NextContactSigns { get; set; } = [];

    /// <summary>A closing line ("Keep your treatment centre's number with you").</summary>
    public string Note { get; set; } = "";
}
