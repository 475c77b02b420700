namespace TherapyGuide.Web.Impact;

/// <summary>Views, "Was this page helpful?" answers and comments over some stretch of time, or for one page.</summary>
public sealed record ImpactFigures(long Views, int Yes, int No, int Comments)
{
    public static readonly ImpactFigures None = new(0, 0, 0, 0);

    public int Answers => Yes + No;

    /// <summary>The share of answers that said yes, 0–100; null when no one answered.</summary>
    public int? HelpfulPercent => Answers == 0 ? null : (int)Math.Round(100.0 * Yes / Answers, MidpointRounding.AwayFromZero);

    public ImpactFigures Plus(ImpactFigures other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(Views + other.Views, Yes + other.Yes, No + other.No, Comments + other.Comments);
    }
}
