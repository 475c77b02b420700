namespace TherapyGuide.Web.Content;

/// <summary>
/// How many times a public page was read on one day (UTC): a number and nothing else. No cookie, address, browser
/// or any other trace of who read it is kept, so two views by one person cannot be told from views by two.
/// Counted by <see cref="Impact.PageViewCounter"/>.
/// </summary>
public sealed class PageViewCount
{
    /// <summary>The page's path in lower case, without its query string, such as /articles/what-treatment-is-like.</summary>
    public required string Path { get; set; }

    public DateOnly Day { get; set; }

    public long Count { get; set; }
}
