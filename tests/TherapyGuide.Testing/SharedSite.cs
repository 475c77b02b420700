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
public class SharedSite : IDisposable
{
    public SharedSite()
        : this(new Dictionary<string, string>())
    {
    }

    /// <summary>A shared site with settings of its own besides the lifted limits.</summary>
    protected SharedSite(IReadOnlyDictionary<string, string> settings)
    {
        foreach (var (key, value) in settings)
        {
            Site.Settings[key] = value;
        }
    }

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

    public void Dispose()
    {
        Site.Dispose();
        GC.SuppressFinalize(this);
    }
}

/// <summary>
/// A shared site with review off (<c>TherapyGuide:Review:Approval = Off</c>): for tests of what a change to safety
/// advice does on the pages, not of the review it needs on the default setting (ReviewTests).
/// </summary>
public sealed class SharedSiteWithoutReview : SharedSite
{
    public SharedSiteWithoutReview()
        : base(new Dictionary<string, string> { ["TherapyGuide:Review:Approval"] = "Off" })
    {
    }
}
