namespace TherapyGuide.Web.Content.Files;

/// <summary>What an export wrote: how many items of each kind, and how many draft articles it left out.</summary>
public sealed record ExportedContent(
    int Articles,
    int DraftsLeftOut,
    int ComparisonRows,
    int SideEffects,
    int GlossaryTerms,
    int Conditions,
    int UrgentHelp,
    int QuestionGroups)
{
    public override string ToString() =>
        $"{Count(Articles, "article")} ({Count(DraftsLeftOut, "draft")} left out), {Count(ComparisonRows, "comparison row")}, "
        + $"{Count(SideEffects, "side effect")}, {Count(GlossaryTerms, "glossary term")}, {Count(Conditions, "condition")}, "
        + $"{Count(UrgentHelp, "urgent-help block")} and {Count(QuestionGroups, "question group")}";

    private static string Count(int count, string what) => count == 1 ? $"1 {what}" : $"{count} {what}s";
}
