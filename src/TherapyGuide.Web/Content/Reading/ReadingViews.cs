namespace TherapyGuide.Web.Content.Reading;

// The small read-only shapes the public pages and the print pack show, projected without tracking.

public sealed record ComparisonRow(string Slug, string Aspect, string Immunotherapy, string CarT)
{
    /// <summary>The language of the item's text, and whether it is behind its original.</summary>
    public TextLanguage Language { get; init; } = TextLanguage.English;

    public static ComparisonRow Of(ComparisonAspect row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new(row.Slug, row.Aspect, row.Immunotherapy, row.CarT);
    }
}

/// <summary>The comparison table: its rows, and their cells with glossary words marked where the page explains them.</summary>
public sealed record ComparisonTable(IReadOnlyList<ComparisonRow> Rows, MarkedText Text);

public sealed record SideEffectCard(
    string Slug, string Name, string Title, IReadOnlyList<string> Signs, Therapy Therapy, Urgency Urgency, string Symptoms, string Timing, string Management)
{
    /// <summary>The reader's words for it, or the medical name where none are written yet.</summary>
    public string Heading => string.IsNullOrWhiteSpace(Title) ? Name : Title;

    /// <summary>Who approved the text readers see, when a reviewer did.</summary>
    public ClinicalReview? Review { get; init; }

    /// <summary>The language of the item's text, and whether it is behind its original.</summary>
    public TextLanguage Language { get; init; } = TextLanguage.English;

    public static SideEffectCard Of(SideEffect effect)
    {
        ArgumentNullException.ThrowIfNull(effect);
        return new(effect.Slug, effect.Name, effect.Title, effect.Signs, effect.Therapy, effect.Urgency, effect.Symptoms, effect.Timing, effect.Management)
        {
            Review = ClinicalReview.Of(effect),
        };
    }
}

/// <summary>A reviewer's approval as readers are told it: "Reviewed by Dr Ana Ruiz, Consultant haematologist, on 3 December 2026".</summary>
public sealed record ClinicalReview(string Name, string Role, DateTime ApprovedUtc)
{
    public static ClinicalReview? Of(ContentItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item is { ReviewedBy: { } name, ReviewerRole: { } role, ApprovedUtc: { } at } ? new ClinicalReview(name, role, at) : null;
    }
}

/// <summary>The urgent-help block as readers see it: what to do now, most urgent first.</summary>
public sealed record UrgentHelpView(string Title, string Introduction, IReadOnlyList<UrgentHelpLevel> Levels, string Note)
{
    public ClinicalReview? Review { get; init; }

    /// <summary>The language of the item's text, and whether it is behind its original.</summary>
    public TextLanguage Language { get; init; } = TextLanguage.English;

    public static UrgentHelpView Of(UrgentHelp help)
    {
        ArgumentNullException.ThrowIfNull(help);
        return new(
            help.Title,
            help.Introduction,
            [
                new(Urgency.Emergency, help.EmergencyAction, help.EmergencySigns),
                new(Urgency.ContactNow, help.ContactNowAction, help.ContactNowSigns),
                new(Urgency.NextContact, help.NextContactAction, help.NextContactSigns),
            ],
            help.Note)
        { Review = ClinicalReview.Of(help) };
    }
}

/// <summary>One level of the urgent-help block: what to do, and the signs that call for it.</summary>
public sealed record UrgentHelpLevel(Urgency Urgency, string Action, IReadOnlyList<string> Signs);

public sealed record ConditionRow(
    string Slug, string Name, ConditionKind Kind, string Summary,
    TreatmentStatus ImmunotherapyStatus, string ImmunotherapyNote, TreatmentStatus CarTStatus, string CarTNote)
{
    /// <summary>The language of the item's text, and whether it is behind its original.</summary>
    public TextLanguage Language { get; init; } = TextLanguage.English;

    public static ConditionRow Of(Condition condition)
    {
        ArgumentNullException.ThrowIfNull(condition);
        return new(condition.Slug, condition.Name, condition.Kind, condition.Summary,
            condition.ImmunotherapyStatus, condition.ImmunotherapyNote, condition.CarTStatus, condition.CarTNote);
    }
}

/// <summary>The conditions tables: the rows, and their summaries and notes with glossary words marked where the page explains them.</summary>
public sealed record ConditionTables(IReadOnlyList<ConditionRow> Conditions, MarkedText Text);

public sealed record GlossaryEntry(string Slug, string Term, string Definition, List<string> Aliases)
{
    /// <summary>The language of the item's text, and whether it is behind its original.</summary>
    public TextLanguage Language { get; init; } = TextLanguage.English;
}

/// <summary>One group of the questions checklist as readers see it: its heading and its questions, in order.</summary>
public sealed record QuestionGroupView(string Slug, string Heading, IReadOnlyList<string> Questions)
{
    /// <summary>The language of the item's text, and whether it is behind its original.</summary>
    public TextLanguage Language { get; init; } = TextLanguage.English;

    /// <summary>A group as it would be shown, from any version of it (the published one, or a draft's form made into an entity).</summary>
    public static QuestionGroupView Of(QuestionGroup group)
    {
        ArgumentNullException.ThrowIfNull(group);
        return new QuestionGroupView(group.Slug, group.Heading, group.Questions);
    }
}
