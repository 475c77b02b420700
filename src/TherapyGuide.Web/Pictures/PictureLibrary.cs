using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TherapyGuide.Web.Content.Editing;
using TherapyGuide.Web.Data;

namespace TherapyGuide.Web.Pictures;

/// <summary>Keeps the pictures editors upload (in the store, or the pictures folder when one is set) and deletes them.</summary>
public sealed class PictureLibrary(
    TherapyGuideDbContext db,
    AuditLog audit,
    IOptions<TherapyGuideOptions> options,
    IHostEnvironment environment,
    TimeProvider clock)
{
    private PictureOptions Limits => options.Value.Pictures;

    public async Task<PictureUpload> UploadAsync(IFormFile file, string altText, string? longDescription, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(altText);
        if (file.Length > Limits.MaxBytes)
        {
            return PictureUpload.Refused($"The file is {PictureCheck.FileSize(file.Length)}; a picture can be at most {PictureCheck.FileSize(Limits.MaxBytes)}. Save it smaller and upload it again.");
        }

        var bytes = new byte[file.Length];
        await using (var stream = file.OpenReadStream())
        {
            await stream.ReadExactlyAsync(bytes, cancellationToken);
        }

        var result = PictureCheck.Check(bytes, file.FileName, Limits);
        if (result.Picture is not { } picture)
        {
            return PictureUpload.Refused(result.Refusal!);
        }

        var fingerprint = Convert.ToHexStringLower(SHA256.HashData(picture.Bytes));
        var key = fingerprint[..MediaAddress.KeyLength];
        if (await StoredIdAsync(key, cancellationToken) is { } id)
        {
            return new PictureUpload(id, AlreadyStored: true, null);
        }

        var entity = new Picture
        {
            Fingerprint = fingerprint,
            AddressKey = key,
            FileName = MediaAddress.SlugOf(file.FileName),
            Format = picture.Format,
            ContentType = picture.Format.ContentType(),
            ByteLength = picture.Bytes.Length,
            Width = picture.Width,
            Height = picture.Height,
            AltText = altText.Trim(),
            LongDescription = string.IsNullOrWhiteSpace(longDescription) ? null : longDescription.Trim(),
            UploadedBy = actor,
            UploadedUtc = clock.GetUtcNow().UtcDateTime,
        };
        if (FolderPath() is { } folder)
        {
            // Named by fingerprint, so a file is only ever written with the bytes its name promises.
            Directory.CreateDirectory(folder);
            var path = Path.Combine(folder, $"{fingerprint}.{picture.Format.Extension()}");
            var partial = path + ".partial";
            await File.WriteAllBytesAsync(partial, picture.Bytes, cancellationToken);
            File.Move(partial, path, overwrite: true);
        }
        else
        {
            entity.Bytes = picture.Bytes;
        }

        db.Pictures.Add(entity);
        audit.Add(actor, "picture-upload", entity.Address, $"{picture.Format.Label()}, {picture.Width} × {picture.Height} px, {picture.Bytes.Length:N0} bytes");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two editors uploaded the same picture at once: the other one's is kept, and this one is that.
            db.ChangeTracker.Clear();
            if (await StoredIdAsync(key, cancellationToken) is { } sameUploadedMeanwhile)
            {
                return new PictureUpload(sameUploadedMeanwhile, AlreadyStored: true, null);
            }

            throw;
        }

        return new PictureUpload(entity.Id, AlreadyStored: false, null);
    }

    private Task<int?> StoredIdAsync(string addressKey, CancellationToken cancellationToken) =>
        db.Pictures.AsNoTracking().Where(p => p.AddressKey == addressKey).Select(p => (int?)p.Id).SingleOrDefaultAsync(cancellationToken);

    /// <summary>The titles of the articles whose Markdown shows the picture at this address.</summary>
    public async Task<IReadOnlyList<string>> UsedInAsync(string addressKey, CancellationToken cancellationToken) =>
        await db.Articles.AsNoTracking()
            .Where(a => a.BodyMarkdown.Contains(MediaAddress.Prefix + addressKey))
            .OrderBy(a => a.Title)
            .Select(a => a.Title)
            .ToListAsync(cancellationToken);

    /// <summary>Deletes a picture no article shows; the titles of those that still show it otherwise (and nothing is deleted).</summary>
    public async Task<(bool Found, IReadOnlyList<string> UsedIn)> DeleteAsync(int id, string actor, CancellationToken cancellationToken)
    {
        var picture = await db.Pictures.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (picture is null)
        {
            return (false, []);
        }

        var usedIn = await UsedInAsync(picture.AddressKey, cancellationToken);
        if (usedIn.Count > 0)
        {
            return (true, usedIn);
        }

        db.Pictures.Remove(picture);
        audit.Add(actor, "picture-delete", picture.Address, picture.AltText);
        await db.SaveChangesAsync(cancellationToken);
        if (picture.Bytes is null && FolderPath() is { } folder)
        {
            File.Delete(Path.Combine(folder, $"{picture.Fingerprint}.{picture.Format.Extension()}"));
        }

        return (true, []);
    }

    /// <summary>The bytes of a stored picture, from the store or the pictures folder; null when the folder has lost the file.</summary>
    public async Task<byte[]?> BytesOfAsync(Picture picture, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(picture);
        if (picture.Bytes is not null)
        {
            return picture.Bytes;
        }

        var path = FolderPath() is { } folder ? Path.Combine(folder, $"{picture.Fingerprint}.{picture.Format.Extension()}") : null;
        return path is not null && File.Exists(path) ? await File.ReadAllBytesAsync(path, cancellationToken) : null;
    }

    /// <summary>The pictures folder as a full path (a relative one is taken from the content root), or null to keep bytes in the store.</summary>
    private string? FolderPath() =>
        string.IsNullOrWhiteSpace(Limits.Folder) ? null : Path.GetFullPath(Limits.Folder, environment.ContentRootPath);
}
