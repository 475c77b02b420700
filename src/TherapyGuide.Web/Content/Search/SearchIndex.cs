using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using TherapyGuide.Web.Content.Reading;
using TherapyGuide.Web.Data;

namespace TherapyGuide.Web.Content.Search;

/// <summary>
/// Keeps the FTS5 table SearchEntries in step with what readers can see. Called by the content store on
/// every save, delete and restore (inside the same transaction), and rebuilt when the store is seeded.
/// </summary>
public sealed partial class SearchIndex(TherapyGuideDbContext db)
{
    /// <summary>One row per item: the rowid says which kind and which id, so an update never scans.</summary>
    public static long RowId(ContentKind kind, int id) => ((long)kind * KindFactor) + id;

    /// <summary>rowid / KindFactor is the kind: search ranks by kind without reading the stored columns.</summary>
    public const long KindFactor = 100_000_000L;

    public async Task UpdateAsync(ContentItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        var entry = EntryFor(item);
        await RemoveAsync(entry.Kind, item.Id, cancellationToken);
        if (entry.Visible)
        {
            await InsertAsync(entry, cancellationToken);
        }
    }

    public Task<int> RemoveAsync(ContentKind kind, int id, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"DELETE FROM SearchEntries WHERE rowid = {RowId(kind, id)}", cancellationToken);

    public async Task<bool> IsEmptyAsync(CancellationToken cancellationToken) =>
        !await db.Database.SqlQuery<bool>($"SELECT EXISTS (SELECT 1 FROM SearchEntries) AS Value").SingleAsync(cancellationToken);

    /// <summary>Empties the index and fills it again from the store.</summary>
    public async Task RebuildAsync(CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"DELETE FROM SearchEntries", cancellationToken);
        foreach (var article in await db.Articles.AsNoTracking().Where(a => a.Status == ArticleStatus.Published).ToListAsync(cancellationToken))
        {
            await InsertAsync(EntryFor(article), cancellationToken);
        }

        IEnumerable<ContentItem>[] others =
        [
            await db.GlossaryTerms.AsNoTracking().ToListAsync(cancellationToken),
            await db.SideEffects.AsNoTracking().ToListAsync(cancellationToken),
            await db.Conditions.AsNoTracking().ToListAsync(cancellationToken),
            await db.ComparisonAspects.AsNoTracking().ToListAsync(cancellationToken),
            await db.UrgentHelp.AsNoTracking().ToListAsync(cancellationToken),
        ];
        foreach (var item in others.SelectMany(items => items))
        {
            await InsertAsync(EntryFor(item), cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private Task<int> InsertAsync(Entry entry, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync(
            $"INSERT INTO SearchEntries(rowid, kind, slug, title, terms, body) VALUES ({RowId(entry.Kind, entry.Id)}, {entry.Kind.ToString()}, {entry.Slug}, {entry.Title}, {WithJoinedForms(entry.Terms + " " + entry.Title)}, {WithJoinedForms(entry.Body)})",
            cancellationToken);

    private static Entry EntryFor(ContentItem item) => item switch
    {
        // An article's section headings ("Lupus", "How is CAR-T given?") say what it is about, so they count like a title.
        Article a => new(ContentKind.Article, a.Id, a.Slug, a.Title, $"{a.Summary} {string.Join(" ", a.TableOfContents.Select(h => h.Text))}", GlossaryMatcher.TextOf(a.BodyHtml), a.Status == ArticleStatus.Published),
        GlossaryTerm t => new(ContentKind.Glossary, t.Id, t.Slug, t.Term, string.Join(" ", t.Aliases), t.Definition, true),
        // Readers search for what they feel ("hot and shivery"), not for the diagnosis: the signs and the other words they
        // type count like the title.
        SideEffect s => new(ContentKind.SideEffect, s.Id, s.Slug, s.Heading, $"{s.Name} side effect {ContentLabels.For(s.Therapy)} {string.Join(" ", s.Signs)} {string.Join(" ", s.OtherWords)}", $"{s.Symptoms} {s.Timing} {s.Management}", true),
        UrgentHelp u => new(ContentKind.UrgentHelp, u.Id, u.Slug, u.Title, string.Join(" ", u.EmergencySigns.Concat(u.ContactNowSigns).Concat(u.NextContactSigns)), $"{u.Introduction} {u.EmergencyAction} {u.ContactNowAction} {u.NextContactAction} {u.Note}", true),
        Condition c => new(ContentKind.Condition, c.Id, c.Slug, c.Name, ContentLabels.For(c.Kind), $"{c.Summary} {c.ImmunotherapyNote} {c.CarTNote}", true),
        ComparisonAspect r => new(ContentKind.Comparison, r.Id, r.Slug, r.Aspect, "immunotherapy compared with CAR-T", $"Immunotherapy: {r.Immunotherapy} CAR-T: {r.CarT}", true),
        _ => throw new ArgumentException($"No search entry for {item.GetType().Name}.", nameof(item)),
    };

    /// <summary>
    /// Adds "CART" beside "CAR-T" and "Bcell" beside "B-cell", so people find words however they join them: once for each
    /// time the word appears, so "CART" ranks pages by how much they are about CAR-T, as "CAR-T" does.
    /// </summary>
    private static string WithJoinedForms(string text)
    {
        var joined = HyphenatedWord().Matches(text).Select(m => m.Value.Replace("-", "", StringComparison.Ordinal));
        return $"{text} {string.Join(' ', joined)}";
    }

    [GeneratedRegex(@"\b[\p{L}\p{Nd}]+(?:-[\p{L}\p{Nd}]+)+\b")]
    private static partial Regex HyphenatedWord();

    private sealed record Entry(ContentKind Kind, int Id, string Slug, string Title, string Terms, string Body, bool Visible);
}
