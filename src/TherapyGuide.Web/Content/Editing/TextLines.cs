namespace TherapyGuide.Web.Content.Editing;

/// <summary>A form's "one a line" text box, read as a list: trimmed, blank lines and repeats dropped.</summary>
public static class TextLines
{
    public static List<string> Split(string? text) =>
        (text ?? "")
            .Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();

    public static string Join(IEnumerable<string> lines) => string.Join('\n', lines);
}
