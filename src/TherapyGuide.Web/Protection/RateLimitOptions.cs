namespace TherapyGuide.Web.Protection;

/// <summary>
/// How many requests one client address may make per minute, by kind ("TherapyGuide:RateLimits").
/// Answers from the output cache are not counted; a client over its limit gets 429 and a readable page.
/// </summary>
public sealed class RateLimitOptions
{
    /// <summary>Sign-in attempts (POSTs) per address per minute.</summary>
    public int SignInPerMinute { get; set; } = 10;

    /// <summary>Searches per address per minute that are not answered from the output cache.</summary>
    public int SearchPerMinute { get; set; } = 120;

    /// <summary>
    /// Readers' forms ("Was this page helpful?" and "Share your experience") one address may send per
    /// <see cref="ReaderFormsWindow"/>, for each form.
    /// </summary>
    public int ReaderFormsPerWindow { get; set; } = 5;

    /// <summary>The window of <see cref="ReaderFormsPerWindow"/>.</summary>
    public TimeSpan ReaderFormsWindow { get; set; } = TimeSpan.FromMinutes(10);
}
