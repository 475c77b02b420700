namespace TherapyGuide.BrowserTests;

/// <summary>Every kind of public page, by address and a short name for screenshots and PDFs.</summary>
public static class PublicPages
{
    public static readonly IReadOnlyList<(string Name, string Address)> English =
    [
        ("home", "/"),
        ("articles", "/articles"),
        ("article", "/articles/immunotherapy-and-car-t-compared"),
        ("article-autoimmune", "/articles/car-t-for-autoimmune-diseases"),
        ("compare", "/compare"),
        ("side-effects", "/side-effects"),
        ("conditions", "/conditions"),
        ("glossary", "/glossary"),
        ("glossary-term", "/glossary/cytokine-release-syndrome"),
        ("questions", "/questions"),
        ("search-fever", "/search?q=fever"),
        ("print-picker", "/print"),
        ("print-pack", "/print?pages=articles/what-treatment-is-like&pages=compare&pages=side-effects&pages=questions"),
        ("privacy", "/privacy"),
        ("about", "/about"),
        ("share-experience", "/articles/car-t-for-autoimmune-diseases/share"),
        ("share-thanks", "/articles/car-t-for-autoimmune-diseases/share/thanks"),
        ("feedback-thanks", "/feedback/thanks?from=/compare"),
        ("not-found", "/no-such-page"),
    ];

    /// <summary>The same pages in Spanish, under /es: every check the English pages pass, the Spanish ones pass too.</summary>
    public static readonly IReadOnlyList<(string Name, string Address)> Spanish =
    [
        .. English.Select(p => p.Name switch
        {
            "search-fever" => ("es-search-fiebre", "/es/search?q=fiebre"),
            "print-pack" => ("es-print-pack", "/es/print?pages=articles/what-treatment-is-like&pages=compare&pages=side-effects&pages=questions"),
            "feedback-thanks" => ("es-feedback-thanks", "/es/feedback/thanks?from=/es/compare"),
            "home" => ("es-home", "/es"),
            _ => ("es-" + p.Name, "/es" + p.Address),
        }),
    ];

    public static readonly IReadOnlyList<(string Name, string Address)> All = [.. English, .. Spanish];

    /// <summary>A Spanish page's address ("/es", "/es/…").</summary>
    public static bool IsSpanish(string address) => address == "/es" || address.StartsWith("/es/", StringComparison.Ordinal) || address.StartsWith("/es?", StringComparison.Ordinal);

    public static TheoryData<string, string> Data()
    {
        var data = new TheoryData<string, string>();
        foreach (var (name, address) in All)
        {
            data.Add(name, address);
        }

        return data;
    }
}
