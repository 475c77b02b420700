namespace TherapyGuide.Web.Content.Files;

// The shapes of the files under data/content, as YamlDotNet reads them (snake_case keys).

/// <summary>What every item of a list file has: its slug, and when it was last reviewed and is next due.</summary>
internal abstract class ListRow
{
    public string? Slug { get; set; }
    public string? LastReviewed { get; set; }
    public string? NextReviewDue { get; set; }
}

internal sealed class ArticleFrontMatter
{
    public string? Title { get; set; }
    public string? Summary { get; set; }
    public string? Topic { get; set; }
    public int Order { get; set; }
    public bool Draft { get; set; }
    public string? Published { get; set; }
    public string? Updated { get; set; }
    public string? LastReviewed { get; set; }
    public string? NextReviewDue { get; set; }
    public List<SourceRow>? Sources { get; set; }
    public List<string>? Related { get; set; }
}

internal sealed class SourceRow
{
    public string? Title { get; set; }
    public string? Publisher { get; set; }
    public string? Date { get; set; }
    public string? Note { get; set; }
    public string? Url { get; set; }
}

internal sealed class ComparisonFile : ListRow
{
    public string? Aspect { get; set; }
    public string? Immunotherapy { get; set; }
    public string? CarT { get; set; }
}

internal sealed class SideEffectFile : ListRow
{
    public string? Name { get; set; }
    public string? Title { get; set; }
    public string? Therapy { get; set; }
    public string? Urgency { get; set; }
    public List<string>? Signs { get; set; }
    public List<string>? OtherWords { get; set; }
    public string? Symptoms { get; set; }
    public string? Timing { get; set; }
    public string? Management { get; set; }
}

internal sealed class GlossaryFile : ListRow
{
    public string? Term { get; set; }
    public List<string>? Aliases { get; set; }
    public string? Definition { get; set; }
}

internal sealed class ConditionFile : ListRow
{
    public string? Name { get; set; }
    public string? Kind { get; set; }
    public string? Summary { get; set; }
    public TreatmentRow? Immunotherapy { get; set; }
    public TreatmentRow? CarT { get; set; }
}

internal sealed class TreatmentRow
{
    public string? Status { get; set; }
    public string? Note { get; set; }
}

internal sealed class QuestionFile : ListRow
{
    public string? Heading { get; set; }
    public List<string>? Questions { get; set; }
}

internal sealed class UrgentHelpFile : ListRow
{
    public string? Title { get; set; }
    public string? Introduction { get; set; }
    public UrgentHelpLevelRow? Emergency { get; set; }
    public UrgentHelpLevelRow? ContactNow { get; set; }
    public UrgentHelpLevelRow? NextContact { get; set; }
    public string? Note { get; set; }
}

internal sealed class UrgentHelpLevelRow
{
    public string? Action { get; set; }
    public List<string>? Signs { get; set; }
}
