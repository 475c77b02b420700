using Microsoft.EntityFrameworkCore;
using TherapyGuide.Web.Content.Search;
using TherapyGuide.Web.Data;

namespace TherapyGuide.Web.Content.Editing;

/// <summary>
/// Renders again, at start, every article body whose stored HTML an older <see cref="MarkdownRenderer.Version"/> wrote,
/// so that a change to the pipeline or the sanitizer reaches pages written before it. Each is saved as a new version
/// with a revision by <see cref="Author"/> written as editors' are (<see cref="RevisionLog"/>) and one audit entry, in one
/// transaction; a start that finds nothing stale writes nothing.
/// </summary>
public sealed partial class StoredHtmlRefresh(
    TherapyGuideDbContext db,
    MarkdownRenderer renderer,
    SearchIndex search,
    RevisionLog revisions,
    AuditLog audit,
    ILogger<StoredHtmlRefresh> logger)
{
    /// <summary>Who the revision names: no editor changed the words, so the content files still count the item as theirs.</summary>
    public const string Author = "system";

    public const string Note = "Rendered again by a newer version of the Markdown renderer.";

    /// <summary>Renders the stale bodies again; returns how many there were.</summary>
    public async Task<int> RefreshAsync(CancellationToken cancellationToken)
    {
        var stale = await db.Articles.IgnoreQueryFilters().Where(a => a.RenderVersion < MarkdownRenderer.Version).ToListAsync(cancellationToken);
        if (stale.Count == 0)
        {
            return 0;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var article in stale)
        {
            // UpdatedUtc stays: the words are the editors', and the feed and sitemap should not announce every article as
            // changed. Readers still get the new HTML, as public pages' ETags change with every start.
            article.SetBody(article.BodyMarkdown, renderer);
            article.Version++;
            revisions.Add<Article, ArticleForm>(article, RevisionAction.Rerendered, Author, Note);
        }

        audit.Add(Author, "rerender", "articles", $"{stale.Count} bodies, renderer version {MarkdownRenderer.Version}");

        await db.SaveChangesAsync(cancellationToken);
        foreach (var article in stale)
        {
            // Search reads the body's text from its HTML.
            await search.UpdateAsync(article, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        LogRefreshed(stale.Count, MarkdownRenderer.Version);
        return stale.Count;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Rendered {Count} article bodies again with Markdown renderer version {Version}")]
    private partial void LogRefreshed(int count, int version);
}
