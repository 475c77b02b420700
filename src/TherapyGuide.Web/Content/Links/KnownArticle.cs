namespace TherapyGuide.Web.Content.Links;

/// <summary>An article as links see it: whether readers can open it, and the ids its body gives anchors.</summary>
public sealed record KnownArticle(ArticleStatus Status, IReadOnlySet<string> Anchors);
