namespace TherapyGuide.Web.Content.Reading;

/// <summary>What the sitemap lists: the addressed items, and the last change to each structured page's content.</summary>
public sealed record SitemapContent(
    List<SitemapItem> Articles, List<SitemapItem> Terms, DateTime? Comparison, DateTime? SideEffects, DateTime? Conditions, DateTime? Questions);
