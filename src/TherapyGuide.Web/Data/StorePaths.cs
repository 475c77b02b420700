namespace TherapyGuide.Web.Data;

/// <summary>Works out where the content folder and the default database file are.</summary>
internal static class StorePaths
{
    /// <summary>The configured folder, else data/content in the repository, else the copy published beside the app.</summary>
    public static string ContentFolder(string? configured, string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured, contentRoot);
        }

        var repositoryData = FindRepositoryData(contentRoot);
        if (repositoryData is not null)
        {
            return Path.Combine(repositoryData, "content");
        }

        return Path.Combine(AppContext.BaseDirectory, "content");
    }

    /// <summary>data/therapyguide.db in the repository when run from source; data/ beside the app when published.</summary>
    public static string DefaultConnectionString(string contentRoot) =>
        $"Data Source={Path.Combine(DataFolder(contentRoot), "therapyguide.db")}";

    /// <summary>The repository's data/ when run from source; data/ beside the app when published.</summary>
    public static string DataFolder(string contentRoot) => FindRepositoryData(contentRoot) ?? Path.Combine(contentRoot, "data");

    private static string? FindRepositoryData(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, "data", "content"))
                && File.Exists(Path.Combine(dir.FullName, "TherapyGuide.sln")))
            {
                return Path.Combine(dir.FullName, "data");
            }
        }

        return null;
    }
}
