using TherapyGuide.Web.Languages;

namespace TherapyGuide.Web.Pages.Layout;

/// <summary>
/// One of the site's hand-drawn SVG pictures (wwwroot/img), with a caption that says in words everything the
/// picture shows, so no reader misses anything by not seeing it. Each translation has its own copy of the drawing, with
/// its words, under wwwroot/img/{code}/ with the same file name.
/// </summary>
public sealed record Picture(string Id, string Source, string Title, int Width, int Height, IReadOnlyList<string> Caption)
{
    public static readonly Picture Comparison = new(
        "picture-compare",
        "/img/compare-immunotherapy-car-t.svg",
        "Immunotherapy and CAR-T cell therapy side by side",
        420,
        744,
        [
            "Immunotherapy: a medicine given by drip or injection helps your own immune cells find and attack cancer. It is given again and again, often every few weeks, at many hospitals.",
            "CAR-T cell therapy: your own T cells are collected, changed in a lab to spot cancer, and given back by a drip, usually just once. They find and destroy cancer cells. Only special centres offer it, with a hospital stay of about 1 to 2 weeks.",
        ]);

    /// <summary>The drawing with <paramref name="language"/>'s words: "/img/x.svg" in English, "/img/es/x.svg" in Spanish.</summary>
    public string SourceIn(SiteLanguage language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return language.IsOriginal ? Source : Source.Replace("/img/", $"/img/{language.Code}/", StringComparison.Ordinal);
    }
}
