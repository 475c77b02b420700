namespace TherapyGuide.BrowserTests;

/// <summary>
/// A test class on a shared <see cref="BrowserSite"/>: the pages each test opens are closed when it ends.
/// Tests on one site run one after another (one collection or one class), so nothing closes another test's page.
/// </summary>
public abstract class BrowserTest(BrowserSite site) : IAsyncLifetime
{
    protected BrowserSite Site { get; } = site;

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => Site.CloseContextsAsync();
}
