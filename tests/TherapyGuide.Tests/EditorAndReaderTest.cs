namespace TherapyGuide.Tests;

/// <summary>
/// A test on the class's <see cref="SharedSite"/>, put back to the template store first, with an editor signed in
/// through the real form and a reader who follows no redirects: what most editing tests start from.
/// </summary>
public abstract class EditorAndReaderTest(SharedSite shared, string editorEmail) : IAsyncLifetime, IDisposable
{
    protected TestSite Site { get; private set; } = null!;

    protected HttpClient Editor { get; private set; } = null!;

    protected HttpClient Reader { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Site = await shared.FreshAsync();
        Editor = await EditorSession.SignInAsync(Site, editorEmail);
        Reader = Site.CreateClient(new() { AllowAutoRedirect = false });
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        Editor?.Dispose();
        Reader?.Dispose();
        GC.SuppressFinalize(this);
    }
}
