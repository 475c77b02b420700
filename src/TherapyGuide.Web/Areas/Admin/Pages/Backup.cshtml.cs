using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TherapyGuide.Web.Content.Editing;
using TherapyGuide.Web.Data;
using TherapyGuide.Web.Pages.Layout;

namespace TherapyGuide.Web.Areas.Admin.Pages;

/// <summary>Admins download a consistent copy of the store while the site keeps serving readers.</summary>
public sealed class BackupModel(StoreBackup backup, AuditLog audit, TherapyGuideDbContext db, TimeProvider clock) : PageModel
{
    /// <summary>The download copies a SQLite store; a PostgreSQL store is backed up with PostgreSQL's own tools.</summary>
    public bool CanDownload => db.Database.IsSqlite();

    public void OnGet() => ViewData.SetPageInfo(new PageInfo("Back up the store", CanDownload ? "Download a copy of the store." : "How this site's store is backed up."));

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!CanDownload)
        {
            OnGet();
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        // The copy holds every account's password hash and the keys that sign cookies: it is written in a folder only
        // this process's user can open (mode 700), and removed from disk as soon as it is open for the download, or
        // at once if anything fails on the way.
        var folder = Directory.CreateTempSubdirectory("therapyguide-backup-");
        var path = Path.Combine(folder.FullName, "therapyguide.db");
        try
        {
            var bytes = await backup.WriteToAsync(path, cancellationToken);
            audit.Add(User.Identity?.Name ?? "unknown", "backup", "download", $"{bytes} bytes");
            await db.SaveChangesAsync(cancellationToken);
            var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 81_920, FileOptions.Asynchronous);
            return File(stream, "application/vnd.sqlite3", $"therapyguide-{clock.GetUtcNow():yyyy-MM-dd-HHmm}.db");
        }
        finally
        {
            // An open file stays readable after it is deleted, so the download goes on with nothing left on disk.
            try
            {
                folder.Delete(recursive: true);
            }
            catch (IOException)
            {
                // Only where an open file cannot be removed (Windows): the operating system's temp clean-up takes it.
            }
        }
    }
}
