using TherapyGuide.Web.Content;

namespace TherapyGuide.Web.Pages.Layout;

/// <summary>The levels the urgency key explains, in the order it shows them: the most urgent first.</summary>
public static class UrgencyKey
{
    public static IReadOnlyList<Urgency> MostUrgentFirst { get; } = [.. Enum.GetValues<Urgency>().Reverse()];
}
