namespace TherapyGuide.Web.Content.Links;

/// <summary>
/// What the site would answer, read from the content and the site's own routes rather than by requesting its pages:
/// says why an address inside the site leads nowhere, or null when it leads to a page (and, for an article, to an
/// anchor on it).
/// </summary>
/// <param name="fixedPaths">Pages whose address holds no slug (/, /compare, /sitemap.xml), lower case.</param>
/// <param name="articles">Every article by its current slug and by each old slug that still redirects to it.</param>
/// <param name="glossary">The glossary words' slugs.</param>
/// <param name="staticFileExists">Whether a path names a static file (an image, say).</param>
public sealed class KnownPages(
    IReadOnlySet<string> fixedPaths, IReadOnlyDictionary<string, KnownArticle> articles, IReadOnlySet<string> glossary, Func<string, bool> staticFileExists)
{
    /// <summary>Anchors every article page has around its body (the layout's main, the contents, sources and related headings…).</summary>
    private static readonly string[] _articlePageAnchors =
        ["main", "title", "toc-heading", "sources-heading", "related-heading", "experiences-heading", "feedback-heading", "share-heading"];

    /// <summary>Why <paramref name="path"/> (with its <paramref name="fragment"/>, without the '#') leads nowhere; null when it leads to a page.</summary>
    public string? Problem(string path, string fragment)
    {
        var segments = path.Trim('/').Split('/');
        if (segments is ["articles", var slug])
        {
            if (!articles.TryGetValue(slug, out var article))
            {
                return "no such article";
            }

            if (article.Status != ArticleStatus.Published)
            {
                return "article is a draft";
            }

            return fragment.Length == 0 || article.Anchors.Contains(fragment) || _articlePageAnchors.Contains(fragment)
                ? null
                : $"no “#{fragment}” on that article";
        }

        if (segments is ["glossary", var word])
        {
            return glossary.Contains(word) ? null : "no such glossary word";
        }

        // Anchors on the other pages (/side-effects#fever) are not checked: those pages build theirs from several kinds.
        return fixedPaths.Contains(path) || staticFileExists(path) ? null : "no such page";
    }
}
