namespace TherapyGuide.Testing;

/// <summary>
/// One site for all the tests of a class (an xunit class fixture), put back to the template store before each test
/// by <see cref="FreshAsync"/>: the tests change content, but none pays for a site start of its own.
/// </summary>
/// <remarks>
/// The rate limits count requests in memory, per client address, and every test client has the same address, so
/// here they are lifted: otherwise one test's sign-ins and searches would count against the next test's.
/// Tests of the limits themselves start a site of their own.
/// </remarks>
public sealed class SharedSite : IDisposable
{
    public TestSite Site { get; } = new()
    {
        Settings =
        {
            ["TherapyGuide:RateLimits:SignInPerMinute"] = "1000000",
            ["TherapyGuide:RateLimits:SearchPerMinute"] = "1000000",
            ["TherapyGuide:RateLimits:ReaderFormsPerWindow"] = "1000000",
        },
    };

    /// <summary>The site, its store just as the template has it.</summary>
    public async Task<TestSite> FreshAsync()
    {
        await Site.ResetStoreAsync();
        return Site;
    }

    public void Dispose() => Site.Dispose();
}
