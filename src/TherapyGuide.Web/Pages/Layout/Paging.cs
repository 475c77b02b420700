namespace TherapyGuide.Web.Pages.Layout;

/// <summary>
/// Which page of a long list a reader is on: the one paging helper for article lists and search results.
/// <see cref="Total"/> may be a lower bound (search stops counting at a limit); <see cref="HasNext"/> is always exact.
/// </summary>
public sealed record Paging(int Number, int Size, int Total, bool HasNext)
{
    /// <summary>The most pages anyone is sent through; a higher page number is refused before any query runs.</summary>
    public const int MaxPage = 10_000;

    public int Skip => (Number - 1) * Size;

    public int PageCount => Math.Max(1, (Total + Size - 1) / Size);

    public bool HasPrevious => Number > 1;

    public int FirstNumberShown => Skip + 1;

    /// <summary>
    /// Reads a page number from the query string: missing means 1; anything that is not a whole number from 1 to
    /// <see cref="MaxPage"/> is null, which the page answers with 400.
    /// </summary>
    public static int? ParseNumber(string? text) =>
        string.IsNullOrEmpty(text) ? 1
        : text.Length <= 6 && int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) && number is >= 1 and <= MaxPage ? number
        : null;
}
