namespace TherapyGuide.BrowserTests;

/// <summary>Every kind of public page, by address and a short name for screenshots and PDFs.</summary>
public static class PublicPages
{
    public static readonly IReadOnlyList<(string Name, string Address)> All =
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
