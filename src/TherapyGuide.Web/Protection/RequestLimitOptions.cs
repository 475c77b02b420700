namespace TherapyGuide.Web.Protection;

/// <summary>
/// The largest requests the site accepts ("TherapyGuide:Limits"). Anything bigger is refused with a 4xx page
/// before it reaches a page, so that a hostile client cannot make the site read or store huge input.
/// </summary>
public sealed class RequestLimitOptions
{
    /// <summary>The largest request body, in bytes (413 above it). The longest article is far below this.</summary>
    public long MaxRequestBodyBytes { get; set; } = 1_000_000;

    /// <summary>The most form fields one post may carry (400 above it).</summary>
    public int MaxFormFields { get; set; } = 200;

    /// <summary>The longest single form value, in characters (400 above it).</summary>
    public int MaxFormValueLength { get; set; } = 500_000;

    /// <summary>The longest path plus query string, in characters (414 above it; Kestrel itself refuses request lines over 8 KB).</summary>
    public int MaxUrlLength { get; set; } = 4_096;
}
