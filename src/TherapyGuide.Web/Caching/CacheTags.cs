using TherapyGuide.Web.Content;
using TherapyGuide.Web.Content.Kinds;

namespace TherapyGuide.Web.Caching;

/// <summary>
/// Output-cache tags, so that a save clears only the pages that show what changed: a new glossary definition
/// clears the glossary and the pages that explain its words (articles, the comparison, the conditions), not the
/// side effects.
/// </summary>
public static class CacheTags
{
    /// <summary>Every public page (the policy adds it): what a node clears when it may have missed a change.</summary>
    public const string AnyPage = "page";

    /// <summary>Pages that list or show content of every kind (search results, the print pack, the sitemap).</summary>
    public const string AnyContent = "content";

    /// <summary>Pages that list articles (home, the article list, the feed).</summary>
    public const string Articles = "kind:article";

    public const string Comparison = "kind:comparison";

    public const string SideEffects = "kind:sideeffect";

    /// <summary>The word list, every article, the comparison and the conditions (their words open their definitions).</summary>
    public const string Glossary = "kind:glossary";

    public const string Conditions = "kind:condition";

    /// <summary>Pages that show the urgent-help block (home, side effects, treatment articles).</summary>
    public const string UrgentHelp = "kind:urgenthelp";

    /// <summary>The questions checklist (/questions).</summary>
    public const string Questions = "kind:questiongroup";

    /// <summary>Everything about one article's own page.</summary>
    public static string Article(string slug) => $"article:{slug}";

    /// <summary>Pages that show one article's card ("Read next" on other articles).</summary>
    public static string ArticleCard(string slug) => $"card:{slug}";

    /// <summary>What a save, delete or restore of one item makes out of date.</summary>
    public static IReadOnlyList<string> ChangedBy(ContentKind kind, params IEnumerable<string?> slugs)
    {
        var tags = new List<string> { AnyContent, Of(kind) };
        if (kind == ContentKind.Article)
        {
            foreach (var slug in slugs.OfType<string>().Distinct(StringComparer.Ordinal))
            {
                tags.Add(Article(slug));
                tags.Add(ArticleCard(slug));
            }
        }

        return tags;
    }

    /// <summary>The tag of every page that shows content of the kind: "kind:" and the kind's key (the constants above spell the same tags for attributes).</summary>
    public static string Of(ContentKind kind) => $"kind:{ContentKindRegistry.For(kind).Key}";
}
