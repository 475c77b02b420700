namespace TherapyGuide.Testing;

/// <summary>
/// A store file and a copy of data/content that belong to one test, for tests that restart the site on the same store
/// or change the content files between starts. Both are deleted afterwards.
/// </summary>
public sealed class OwnStoreAndContent : IDisposable
{
    public string Database { get; } = TestSite.NewDatabasePath();

    public string Content { get; } = CopyOfContentFolder();

    /// <summary>The site over this store and this copy of the content; a second one over the same files is a restart.</summary>
    public TestSite StartSite() => new(Database, Content);

    public void Dispose()
    {
        TestSite.DeleteDatabase(Database);
        Directory.Delete(Content, recursive: true);
    }

    /// <summary>A copy of the repository's data/content in a folder of its own.</summary>
    public static string CopyOfContentFolder()
    {
        var copy = Path.Combine(Path.GetTempPath(), "therapyguide-tests", $"content-{Guid.NewGuid():N}");
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Content, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(RepositoryPaths.Content, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return copy;
    }
}
