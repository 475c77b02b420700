namespace TherapyGuide.Web.Content.Editing;

/// <summary>An article's sources as editors write them in the form, one a line, and back.</summary>
public static class ArticleSourceLines
{
    /// <summary>
    /// One source a line: "Title | publisher: who | date: when | note | https://address", where everything after the
    /// title is optional. Lines saved before publisher and date existed ("Title | note | https://address") read as before.
    /// </summary>
    public static IEnumerable<ArticleSource> Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            yield break;
        }

        foreach (var line in text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = line.Split('|', StringSplitOptions.TrimEntries);
            var rest = parts.Skip(1).Where(p => p.Length > 0).ToList();
            var publisher = Labelled(rest, PublisherLabel);
            var date = Labelled(rest, DateLabel);
            var url = rest.FirstOrDefault(p => !IsLabelled(p) && p.Contains("://", StringComparison.Ordinal));
            var note = rest.FirstOrDefault(p => !IsLabelled(p) && p != url);
            yield return new ArticleSource { Title = parts[0], Publisher = publisher, Date = date, Note = note, Url = url };
        }
    }

    private const string PublisherLabel = "publisher:";
    private const string DateLabel = "date:";

    private static bool IsLabelled(string part) =>
        part.StartsWith(PublisherLabel, StringComparison.OrdinalIgnoreCase) || part.StartsWith(DateLabel, StringComparison.OrdinalIgnoreCase);

    private static string? Labelled(List<string> parts, string label)
    {
        var part = parts.FirstOrDefault(p => p.StartsWith(label, StringComparison.OrdinalIgnoreCase));
        var value = part?[label.Length..].Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }

    public static string Format(ArticleSource source) =>
        string.Join(" | ", new[]
        {
            source.Title,
            string.IsNullOrEmpty(source.Publisher) ? null : $"publisher: {source.Publisher}",
            string.IsNullOrEmpty(source.Date) ? null : $"date: {source.Date}",
            source.Note,
            source.Url,
        }.Where(p => !string.IsNullOrEmpty(p)));
}
