using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace TherapyGuide.Web.Pages.Layout;

/// <summary>
/// What the layout needs to know about a page: its title, description, and when its content was last reviewed and
/// is next due for review, for the screen and the printed sheet. Pages without reviewed content leave the dates out.
/// </summary>
public sealed record PageInfo(string Title, string Description, DateOnly? LastReviewed = null, DateOnly? NextReviewDue = null)
{
    /// <summary>What the page is about, for search engines' structured data.</summary>
    public string About { get; init; } = "Cancer immunotherapy and CAR-T cell therapy";

    /// <summary>"article" for articles, "website" for everything else (Open Graph).</summary>
    public string Kind { get; init; } = "website";

    /// <summary>Ask "Was this page helpful?" at the page's end (off for thank-you pages and the forms' own pages).</summary>
    public bool AsksForFeedback { get; init; } = true;

    /// <summary>
    /// The query string of the page's canonical link and printed address ("?page=2"), built by the page from the values
    /// it understood, its parameters always in the same order; empty for most pages. Never the request's own query:
    /// the output cache keeps one copy of a page for every spelling of it, and its address must not be one reader's.
    /// </summary>
    public string Query { get; init; } = "";

    /// <summary>
    /// Whether printed sheets carry the query string in the page's address. Off for the printable pack, whose query
    /// lists every page in it: on paper that is lines of letters nobody would type, and each part prints its own address.
    /// </summary>
    public bool PrintsQuery { get; init; } = true;

    /// <summary>
    /// Whether the page exists in every language, so the head lists its other addresses (hreflang). Off for an article
    /// with no translation yet, and for the page that says so.
    /// </summary>
    public bool Translated { get; init; } = true;

    /// <summary>Who approved the page's content, for pages that show one item (an article, a glossary word).</summary>
    public Content.Reading.ClinicalReview? Review { get; init; }
}

/// <summary>Keeps the one ViewData key the layout reads in one place.</summary>
public static class PageInfoViewData
{
    private const string Key = nameof(PageInfo);

    public static void SetPageInfo(this ViewDataDictionary viewData, PageInfo page)
    {
        ArgumentNullException.ThrowIfNull(viewData);
        viewData[Key] = page;
    }

    public static PageInfo GetPageInfo(this ViewDataDictionary viewData)
    {
        ArgumentNullException.ThrowIfNull(viewData);
        return viewData[Key] as PageInfo ?? new PageInfo("TherapyGuide", "Plain-language information about immunotherapy and CAR-T cell therapy.");
    }
}
