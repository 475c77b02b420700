using Microsoft.EntityFrameworkCore;
using TherapyGuide.Web.Data;
using TherapyGuide.Web.Data.Configurations;

namespace TherapyGuide.Web.Content.Voices;

/// <summary>Checks that a "Was this page helpful?" answer is about a page the site really has, so no arbitrary text is stored as a path.</summary>
public sealed class FeedbackPaths(TherapyGuideDbContext db)
{
    private static readonly HashSet<string> _fixedPages =
        ["/", "/articles", "/compare", "/side-effects", "/conditions", "/glossary", "/questions", "/print", "/search", "/privacy"];

    /// <summary>The page's path in lower case, or null when the site has no such page.</summary>
    public async Task<string?> ResolveAsync(string? path, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(path) || path.Length > ReaderText.PathLength || path[0] != '/')
        {
            return null;
        }

        var page = path.ToLowerInvariant();
        if (_fixedPages.Contains(page))
        {
            return page;
        }

        var parts = page.Split('/');
        if (parts.Length != 3 || parts[2].Length is 0 or > ContentItemConfiguration.SlugLength)
        {
            return null;
        }

        var slug = parts[2];
        var exists = parts[1] switch
        {
            "articles" => await db.Articles.AnyAsync(a => a.Slug == slug && a.Status == ArticleStatus.Published, cancellationToken),
            "glossary" => await db.GlossaryTerms.AnyAsync(t => t.Slug == slug, cancellationToken),
            _ => false,
        };
        return exists ? page : null;
    }
}
