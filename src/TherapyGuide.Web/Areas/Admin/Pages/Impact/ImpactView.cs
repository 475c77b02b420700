using TherapyGuide.Web.Impact;

namespace TherapyGuide.Web.Areas.Admin.Pages.Impact;

/// <summary>What the shared part of the impact pages shows: the charts and their table, for the site or one page.</summary>
/// <param name="Id">Unique on the page: the charts' ids start with it.</param>
/// <param name="What">"The whole site", or the page's path: the charts' descriptions start with it.</param>
/// <param name="Figures">The figures of the range.</param>
public sealed record ImpactView(string Id, string What, ImpactDays Figures)
{
    public IReadOnlyList<ImpactPeriod> Periods { get; } = Figures.Periods();

    public string Per => Figures.Range.DaysPerPeriod == 1 ? "day" : "week";
}
