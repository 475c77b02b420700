using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace TherapyGuide.Web.Content.Files;

// The shapes of the files under data/content, as YamlDotNet reads and writes them (snake_case keys, in this order). The
// styles are the hand-written files' (see ContentFileStyles): text in double quotes, long text as a literal block,
// slugs, dates and kinds plain.

/// <summary>What every item of a list file has: its slug, and when it was last reviewed and is next due.</summary>
internal abstract class ListRow
{
    // First in every item, as in the hand-written files (a derived class's own properties would come first).
    [YamlMember(Order = -3)]
    public string? Slug { get; set; }
    [YamlMember(Order = -2)]
    public string? LastReviewed { get; set; }
    [YamlMember(Order = -1)]
    public string? NextReviewDue { get; set; }
}

internal sealed class ArticleFrontMatter
{
    [YamlMember(ScalarStyle = ScalarStyle.DoubleQuoted)]
    public string? Title { get; set; }
    [YamlMember(ScalarStyle = ScalarStyle.DoubleQuoted)]
    public string? Summary { get; set; }
    public string? Topic { get; set; }
    public int Order { get; set; }
    public bool Draft { get; set; }
    public string? Published { get; set; }
    public string? Updated { get; set; }
    public string? LastReviewed { get; set; }
    public string? NextReviewDue { get; set; }
    public List<SourceRow>? Sources { get; set; }
    public SlugList? Related { get; set; }
}

internal sealed class SourceRow
{
    [YamlMember(ScalarStyle = ScalarStyle.DoubleQuoted)]
    public string? Title { get; set; }
    [YamlMember(ScalarStyle = ScalarStyle.DoubleQuoted)]
    public string? Publisher { get; set; }
    [YamlMember(ScalarStyle = ScalarStyle.DoubleQuoted)]
    public string? Date { get; set; }
    [YamlMember(ScalarStyle = ScalarStyle.DoubleQuoted)]
    public string? Note { get; set; }
    [YamlMember(ScalarStyle = ScalarStyle.DoubleQuoted)]
    public string? Url { get; set; }
}

internal sealed class ComparisonFile : ListRow
{
    [YamlMember(ScalarStyle = ScalarStyle.DoubleQuoted)]
    public string? Aspect { get; set; }
    [YamlMember(ScalarStyle = ScalarStyle.DoubleQuoted)]
    public string? Immunotherapy { get; set; }
    [YamlMember(ScalarStyle = ScalarStyle.DoubleQuoted)]
    public string? CarT { get; set; }
}

internal sealed class SideEffectFile : ListRow
{
    [YamlMember(ScalarStyle = ScalarStyle.DoubleQuoted)]
    public string? Name { get; set; }
    [YamlMember(ScalarStyle = ScalarStyle.DoubleQuoted)]
    public string? Title { get; set; }
    public List<string>? Signs { get; set; }
    public WordList? OtherWords { get; set; }
    public string? Therapy { get; set; }
    public string? Urgency { get; set; }
    [YamlMember(ScalarStyle = ScalarStyle.Literal)]
    public string? Symptoms { get; set; }
    [YamlMember(ScalarStyle = ScalarStyle.Literal)]
    public string? Timing { get; set; }
    [YamlMember(ScalarStyle = ScalarStyle.Literal)]
    public string? Management { get; set; }
}

internal sealed class GlossaryFile : ListRow
{
    [YamlMember(ScalarStyle = ScalarStyle.DoubleQuoted)]
    public string? Term { get; set; }
    // Written even when empty ("aliases: []"), as the hand-written file says there are none.
    [YamlMember(DefaultValuesHandling = DefaultValuesHandling.Preserve)]
    public WordList? Aliases { get; set; }
    [YamlMember(ScalarStyle = ScalarStyle.Literal)]
    public string? Definition { get; set; }
}

internal sealed class ConditionFile : ListRow
{
    [YamlMember(ScalarStyle = ScalarStyle.DoubleQuoted)]
    public string? Name { get; set; }
    public string? Kind { get; set; }
    [YamlMember(ScalarStyle = ScalarStyle.DoubleQuoted)]
    public string? Summary { get; set; }
    public TreatmentRow? Immunotherapy { get; set; }
    public TreatmentRow? CarT { get; set; }
}

internal sealed class TreatmentRow
{
    public string? Status { get; set; }
    [YamlMember(ScalarStyle = ScalarStyle.DoubleQuoted)]
    public string? Note { get; set; }
}

internal sealed class QuestionFile : ListRow
{
    [YamlMember(ScalarStyle = ScalarStyle.DoubleQuoted)]
    public string? Heading { get; set; }
    public List<string>? Questions { get; set; }
}

internal sealed class UrgentHelpFile : ListRow
{
    [YamlMember(ScalarStyle = ScalarStyle.DoubleQuoted)]
    public string? Title { get; set; }
    [YamlMember(ScalarStyle = ScalarStyle.DoubleQuoted)]
    public string? Introduction { get; set; }
    public UrgentHelpLevelRow? Emergency { get; set; }
    public UrgentHelpLevelRow? ContactNow { get; set; }
    public UrgentHelpLevelRow? NextContact { get; set; }
    [YamlMember(ScalarStyle = ScalarStyle.DoubleQuoted)]
    public string? Note { get; set; }
}

internal sealed class UrgentHelpLevelRow
{
    [YamlMember(ScalarStyle = ScalarStyle.DoubleQuoted)]
    public string? Action { get; set; }
    public List<string>? Signs { get; set; }
}

/// <summary>A list of slugs, written plain (<c>- side-effects-compared</c>).</summary>
internal sealed class SlugList : List<string>;

/// <summary>Words people type, written on one line (<c>["fever", "chills"]</c>) as the hand-written files keep them.</summary>
internal sealed class WordList : List<string>;
