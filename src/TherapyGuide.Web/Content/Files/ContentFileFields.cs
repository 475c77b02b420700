using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace TherapyGuide.Web.Content.Files;

/// <summary>
/// Reads and checks the fields of the content files for <see cref="ContentFolder"/>: YAML and front matter, required
/// values, dates and kebab-case names. A bad value stops the import with the file, the item and the reason.
/// </summary>
internal static class ContentFileFields
{
    private static readonly IDeserializer _yaml = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    internal static T? Deserialize<T>(string yaml, string fileName)
    {
        try
        {
            return _yaml.Deserialize<T>(yaml);
        }
        catch (YamlException ex)
        {
            throw Invalid(fileName, $"line {ex.Start.Line}: {ex.Message}");
        }
    }

    internal static (string FrontMatter, string Body) SplitFrontMatter(string text, string fileName)
    {
        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (!normalized.StartsWith("---\n", StringComparison.Ordinal))
        {
            throw Invalid(fileName, "it must start with a '---' line and YAML front matter");
        }

        var end = normalized.IndexOf("\n---\n", 3, StringComparison.Ordinal);
        if (end < 0)
        {
            throw Invalid(fileName, "the front matter has no closing '---' line");
        }

        return (normalized[4..end], normalized[(end + 5)..]);
    }

    internal static List<string> Lines(List<string>? values) =>
        (values ?? []).Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).ToList();

    internal static string Required(string? value, string fileName, string field) =>
        string.IsNullOrWhiteSpace(value) ? throw Invalid(fileName, $"'{field}' is missing") : value;

    internal static DateOnly ParseDate(string? value, string fileName, string field) =>
        DateOnly.TryParseExact(Required(value, fileName, field), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw Invalid(fileName, $"'{field}' must be a date written yyyy-mm-dd");

    /// <summary>The next review date, which must come after the last one, as the editors' forms require.</summary>
    internal static DateOnly ParseNextReviewDue(string? value, string? lastReviewed, string fileName)
    {
        var next = ParseDate(value, fileName, "next_review_due");
        return next > ParseDate(lastReviewed, fileName, "last_reviewed")
            ? next
            : throw Invalid(fileName, "'next_review_due' must come after 'last_reviewed'");
    }

    /// <summary>A list item's last review date; an error names the item as well as the file.</summary>
    internal static DateOnly ReviewedOn(ListRow row, string fileName) =>
        ParseDate(row.LastReviewed, ItemIn(fileName, row), "last_reviewed");

    /// <summary>A list item's next review date; an error names the item as well as the file.</summary>
    internal static DateOnly ReviewDueOn(ListRow row, string fileName) =>
        ParseNextReviewDue(row.NextReviewDue, row.LastReviewed, ItemIn(fileName, row));

    internal static string ItemIn(string fileName, ListRow row) => $"{fileName}, item '{row.Slug}'";

    /// <summary>Reads the kebab-case words used in the files ("car-t", "contact-now") as enum names.</summary>
    internal static TEnum ParseEnum<TEnum>(string? value, string fileName, string field) where TEnum : struct, Enum =>
        Enum.TryParse<TEnum>(Required(value, fileName, field).Replace("-", "", StringComparison.Ordinal), ignoreCase: true, out var parsed)
        && Enum.IsDefined(parsed)
            ? parsed
            : throw Invalid(fileName, $"'{field}' must be one of {string.Join(", ", Enum.GetNames<TEnum>())}, not '{value}'");

    internal static InvalidDataException Invalid(string fileName, string reason) =>
        new($"data/content/{fileName}: {reason}");
}
