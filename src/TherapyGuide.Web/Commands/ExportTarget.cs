using TherapyGuide.Web.Languages;

namespace TherapyGuide.Web.Commands;

/// <summary>
/// The folder an export goes to: which folders are refused, and how a finished export takes a folder's place, so that an
/// operator's typo can never empty a folder that holds anything but content files.
/// </summary>
public static class ExportTarget
{
    /// <summary>
    /// The full path of the folder <paramref name="given"/> names (relative to the current folder), or the one-line reason
    /// it is refused: a file, a folder that is not empty (unless <paramref name="force"/>, and then only a folder of
    /// content files: articles/*.md and *.yml), a drive's root, or no usable path.
    /// </summary>
    public static (string? Folder, string? Refusal) Resolve(string given, bool force)
    {
        ArgumentNullException.ThrowIfNull(given);
        string folder;
        try
        {
            folder = Path.TrimEndingDirectorySeparator(Path.GetFullPath(given));
        }
        catch (Exception unusable) when (unusable is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return (null, $"'{given}' is not a usable folder path ({unusable.Message}); nothing was written.");
        }

        if (Path.GetDirectoryName(folder) is null)
        {
            return (null, $"{folder} is a whole drive; nothing was written. Give a folder of its own.");
        }

        if (File.Exists(folder))
        {
            return (null, $"{folder} is a file; nothing was written. Give a folder that is new or empty.");
        }

        for (var parent = Path.GetDirectoryName(folder); parent is not null && !Directory.Exists(parent); parent = Path.GetDirectoryName(parent))
        {
            if (File.Exists(parent))
            {
                return (null, $"{parent} is a file, so {folder} cannot be made; nothing was written.");
            }
        }

        if (!Directory.Exists(folder))
        {
            return (folder, null);
        }

        try
        {
            var entries = Directory.EnumerateFileSystemEntries(folder).Order(StringComparer.Ordinal).ToList();
            if (entries.Count == 0)
            {
                return (folder, null);
            }

            if (!force)
            {
                return (null, $"{folder} is not empty; nothing was written. Add --force to replace it (it may hold only content files: articles/*.md and *.yml).");
            }

            return NotContent(folder) is { } other
                ? (null, $"{folder} holds {other}, which is not a content file; nothing was written. --force replaces only a folder of content files (articles/*.md and *.yml).")
                : (folder, null);
        }
        catch (Exception unreadable) when (unreadable is IOException or UnauthorizedAccessException)
        {
            return (null, $"Cannot read {folder}: {unreadable.Message} Nothing was written.");
        }
    }

    /// <summary>
    /// Lets <paramref name="write"/> fill a new folder beside <paramref name="folder"/>, then puts it in the folder's place
    /// (moving the old one aside and deleting it only once the new one is in). Whatever fails, the new folder is deleted and
    /// the old one stays as it was.
    /// </summary>
    public static async Task<T> ReplaceAsync<T>(string folder, Func<string, Task<T>> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var parent = Path.GetDirectoryName(folder) ?? throw new IOException($"{folder} is a whole drive.");
        var name = Path.GetFileName(folder);
        var id = Guid.NewGuid().ToString("N");
        var staging = Path.Combine(parent, $".{name}.export-{id}");
        Directory.CreateDirectory(staging);
        try
        {
            var result = await write(staging);
            if (Directory.Exists(folder))
            {
                var aside = Path.Combine(parent, $".{name}.replaced-{id}");
                Directory.Move(folder, aside);
                try
                {
                    Directory.Move(staging, folder);
                }
                catch
                {
                    Directory.Move(aside, folder);
                    throw;
                }

                Directory.Delete(aside, recursive: true);
            }
            else
            {
                Directory.Move(staging, folder);
            }

            return result;
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }

    /// <summary>
    /// The first entry of the folder that an export would not write, or null when it holds only content files: its
    /// own, and a translation's in a folder named for its language ("es/"), in the same shape.
    /// </summary>
    private static string? NotContent(string folder, bool translation = false)
    {
        foreach (var entry in Directory.EnumerateFileSystemEntries(folder).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(entry);
            if (Directory.Exists(entry))
            {
                if (!translation && SiteLanguage.Translations.Any(l => l.Code == name))
                {
                    if (NotContent(entry, translation: true) is { } inTranslation)
                    {
                        return name + "/" + inTranslation;
                    }

                    continue;
                }

                if (name != "articles")
                {
                    return name + "/";
                }

                var other = Directory.EnumerateFileSystemEntries(entry).Order(StringComparer.Ordinal)
                    .FirstOrDefault(e => Directory.Exists(e) || !e.EndsWith(".md", StringComparison.Ordinal));
                if (other is not null)
                {
                    return "articles/" + Path.GetFileName(other);
                }
            }
            else if (!name.EndsWith(".yml", StringComparison.Ordinal))
            {
                return name;
            }
        }

        return null;
    }
}
