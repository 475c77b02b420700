using System.Runtime;
using Microsoft.Data.Sqlite;

namespace TherapyGuide.Web.Hosting;

/// <summary>
/// .NET's multi-core JIT for a quicker start: the methods compiled while the site starts are recorded in a file
/// beside the store, and at the next start a spare core compiles them ahead of need. When the folder cannot be
/// written (or the app has changed since), the runtime simply starts without it.
/// </summary>
internal static class StartupProfile
{
    public const string FileName = "therapyguide.jitprofile";

    public static void Start(string connectionString)
    {
        var store = new SqliteConnectionStringBuilder(connectionString);
        if (store.Mode == SqliteOpenMode.Memory || string.IsNullOrEmpty(store.DataSource) || store.DataSource == ":memory:")
        {
            return;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(store.DataSource));
        if (folder is not null)
        {
            ProfileOptimization.SetProfileRoot(folder);
            ProfileOptimization.StartProfile(FileName);
        }
    }
}
