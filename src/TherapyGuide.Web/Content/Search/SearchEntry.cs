namespace TherapyGuide.Web.Content.Search;

/// <summary>
/// What the search index holds for one item: the title and the words that count like it (terms) rank above the body.
/// Not visible (a draft) means the item has no row.
/// </summary>
public sealed record SearchEntry(int Id, string Slug, string Title, string Terms, string Body, bool Visible = true);
