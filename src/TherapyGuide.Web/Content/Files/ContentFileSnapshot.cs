using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using TherapyGuide.Web.Content.Editing;

namespace TherapyGuide.Web.Content.Files;

/// <summary>
/// How an item of the content files is compared with the store's: as a form snapshot without what belongs to the store
/// (its version, a row's place), hashed so that a later change to the files can be told apart.
/// </summary>
public static class ContentFileSnapshot
{
    /// <summary>
    /// The item as the files give it, as a form snapshot without its version (which belongs to the store, not the file)
    /// and without a list row's place in its list (see <see cref="IPositionedForm"/>): two snapshots are equal exactly
    /// when every editable field of the item's own content is.
    /// </summary>
    public static string SnapshotOf<TForm>(TForm form)
        where TForm : class =>
        SnapshotWithout(form, form is IPositionedForm ? ["version", "order"] : ["version"]);

    /// <summary>The form's snapshot less the named fields.</summary>
    private static string SnapshotWithout<TForm>(TForm form, string[] fields)
        where TForm : class
    {
        var snapshot = JsonNode.Parse(ContentStore.WriteSnapshot(form))!.AsObject();
        foreach (var field in fields)
        {
            snapshot.Remove(field);
        }

        return snapshot.ToJsonString();
    }

    /// <summary>
    /// The hash earlier builds kept for the same item (with a row's place, without an article's first-published date),
    /// so that a store hashed by them can tell the files are unchanged since, rather than offer editors a false newer version.
    /// </summary>
    public static string EarlierHashOf<TForm>(TForm form)
        where TForm : class =>
        HashOf(SnapshotWithout(form, form is ArticleForm ? ["version", "published"] : ["version"]));

    /// <summary>
    /// The files' version of an item, placed where the store's item is: a snapshot of the files' version has no place of
    /// its own, and taking it changes the item's content, never its place.
    /// </summary>
    public static TForm ReadFilesVersion<TForm>(string snapshot, TForm ours)
        where TForm : class
    {
        var files = ContentStore.ReadSnapshot<TForm>(snapshot);
        if (files is IPositionedForm placed && ours is IPositionedForm place)
        {
            placed.Order = place.Order;
        }

        return files;
    }

    /// <summary>SHA-256 of a snapshot from <see cref="SnapshotOf{TForm}"/>, 64 hex digits (what <see cref="ContentImport.Hash"/> keeps).</summary>
    public static string HashOf(string snapshot) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(snapshot)));
}
