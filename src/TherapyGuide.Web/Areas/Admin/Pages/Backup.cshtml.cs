using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TherapyGuide.Web.Content.Editing;
using TherapyGuide.Web.Data;
using TherapyGuide.Web.Pages.Layout;

namespace TherapyGuide.Web.Areas.Admin.Pages;

/// <summary>Admins download a consistent copy of the store while the site keeps serving readers.</summary>
public sealed class BackupModel(StoreBackup backup, AuditLog audit, TimeProvider clock) : PageModel
{
    public void OnGet() => ViewData.SetPageInfo(new PageInfo("Back up the store", "Download a copy of the store."));

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var path = Path.Combine(Path.GetTempPath(), $"therapyguide-backup-{Guid.NewGuid():N}.db");
        long bytes;
        try
        {
            bytes = await backup.WriteToAsync(path, cancellationToken);
        }
        catch
        {
            System.IO.File.Delete(path);
            throw;
        }

        await audit.WriteAsync(User.Identity?.Name ?? "unknown", "backup", "download", $"{bytes} bytes", cancellationToken);
        // The temporary copy is deleted as soon as the download ends, finished or not.
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Delete, 81_920, FileOptions.Asynchronous | FileOptions.DeleteOnClose);
        return File(stream, "application/vnd.sqlite3", $"therapyguide-{clock.GetUtcNow():yyyy-MM-dd-HHmm}.db");
    }
}
