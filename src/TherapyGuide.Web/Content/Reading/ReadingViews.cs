namespace TherapyGuide.Web.Content.Reading;

// The small read-only shapes the public pages and the print pack show, projected without tracking.

public sealed record ComparisonRow(string Slug, string Aspect, string Immunotherapy, string CarT);

public sealed record SideEffectCard(string Slug, string Name, Therapy Therapy, Urgency Urgency, string Symptoms, string Timing, string Management);

public sealed record ConditionRow(
    string Slug, string Name, ConditionKind Kind, string Summary,
    TreatmentStatus ImmunotherapyStatus, string ImmunotherapyNote, TreatmentStatus CarTStatus, string CarTNote);

public sealed record GlossaryEntry(string Slug, string Term, string Definition, List<string> Aliases);

public sealed record QuestionGroup(string Slug, string Heading, IReadOnlyList<string> Questions);
