using TherapyGuide.Web.Content;
using TherapyGuide.Web.Content.Files;

namespace TherapyGuide.Tests.Pages;

/// <summary>
/// One site, seeded from data/content, shared by every test class that only reads public pages (or adds an account
/// of its own): one start for all of them instead of one per class. Tests that change content start their own.
/// </summary>
public sealed class PublicSite : IDisposable
{
    public const string Collection = "Public site";

    // The search tests search more often than a reader could in a minute; RequestLimitTests checks the limit itself.
    public TestSite App { get; } = new() { Settings = { ["TherapyGuide:RateLimits:SearchPerMinute"] = "1000000" } };

    public ContentFolder Content { get; } = new(RepositoryPaths.Content, new MarkdownRenderer());

    public void Dispose() => App.Dispose();
}
