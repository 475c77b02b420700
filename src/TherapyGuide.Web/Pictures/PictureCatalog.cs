using Microsoft.EntityFrameworkCore;
using TherapyGuide.Web.Data;

namespace TherapyGuide.Web.Pictures;

/// <summary>
/// The stored pictures as the Markdown renderer sees them, by address. Asked of the store each time, never kept: it
/// runs only when a body is rendered (a save, a preview, a new renderer version), and so a picture uploaded, deleted or
/// uploaded again on another node is always seen as it is.
/// </summary>
public sealed class PictureCatalog(IServiceScopeFactory scopes)
{
    /// <summary>The facts of the picture at this /media address, or null when no stored picture has it.</summary>
    /// <remarks>Synchronous, because rendering is.</remarks>
    public PictureFacts? Find(string address)
    {
        if (MediaAddress.Parse(address) is not var (key, file))
        {
            return null;
        }

        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TherapyGuideDbContext>();
        var found = db.Pictures.AsNoTracking()
            .Where(p => p.AddressKey == key)
            .Select(p => new { p.FileName, p.Format, p.Width, p.Height, p.AltText, p.LongDescription })
            .SingleOrDefault();
        return found is not null && $"{found.FileName}.{found.Format.Extension()}" == file
            ? new PictureFacts(found.Width, found.Height, found.AltText, found.LongDescription)
            : null;
    }
}
