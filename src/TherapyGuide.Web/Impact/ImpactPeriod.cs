namespace TherapyGuide.Web.Impact;

/// <summary>One bar of a chart and one row of its table: the figures from <see cref="From"/> to <see cref="To"/>, both included.</summary>
public sealed record ImpactPeriod(DateOnly From, DateOnly To, ImpactFigures Figures)
{
    /// <summary>"3 Dec 2026", or "30 Nov – 6 Dec 2026" for a week.</summary>
    public string Label => From == To
        ? From.ToString("d MMM yyyy", System.Globalization.CultureInfo.InvariantCulture)
        : $"{From.ToString(From.Year == To.Year ? "d MMM" : "d MMM yyyy", System.Globalization.CultureInfo.InvariantCulture)} – {To.ToString("d MMM yyyy", System.Globalization.CultureInfo.InvariantCulture)}";
}
