using Microsoft.EntityFrameworkCore;
using TherapyGuide.Web.Areas.Admin.Pages;
using TherapyGuide.Web.Content;
using TherapyGuide.Web.Content.Editing;
using TherapyGuide.Web.Data;

namespace TherapyGuide.Web.Areas.Admin.Translations;

/// <summary>What changed in an English item since the version a translation was made from, as history compares versions.</summary>
public static class TranslationChanges
{
    /// <summary>
    /// The English item's revision at <paramref name="fromVersion"/> (or the last one before it) against
    /// <paramref name="current"/>, its fields now; null when history holds nothing that old.
    /// </summary>
    public static async Task<CompareModel?> SinceAsync(
        TherapyGuideDbContext db, ContentKind kind, int originalId, int fromVersion, IReadOnlyList<FormField> current, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var translated = await db.Revisions.AsNoTracking()
            .Where(r => r.Kind == kind && r.ContentId == originalId && r.Version <= fromVersion)
            .OrderByDescending(r => r.Version).ThenByDescending(r => r.Id)
            .FirstOrDefaultAsync(cancellationToken);
        return translated is null
            ? null
            : new CompareModel($"English version {fromVersion} (translated)", ContentItems.FieldsOf(translated), "English now", current);
    }
}
