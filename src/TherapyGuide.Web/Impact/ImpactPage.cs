namespace TherapyGuide.Web.Impact;

/// <summary>One page's figures over a range.</summary>
public sealed record ImpactPage(string Path, ImpactFigures Figures);
