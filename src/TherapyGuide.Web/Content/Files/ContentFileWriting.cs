using System.Globalization;
using System.Text;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace TherapyGuide.Web.Content.Files;

/// <summary>
/// Writes the shapes of ContentFileRows.cs as YAML that <see cref="ContentFileFields"/> reads back unchanged,
/// laid out as the hand-written files are: one line per value however long, lists indented under their key, a blank
/// line between the items of a list file, and \n line ends on every system.
/// </summary>
internal static class ContentFileWriting
{
    /// <summary>UTF-8 without a byte-order mark, as the hand-written files are.</summary>
    internal static readonly Encoding FileEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <summary>A list file: each item written on its own, then joined with a blank line, which YAML reads as one list.</summary>
    internal static string List<T>(IEnumerable<T> rows) =>
        string.Join("\n", rows.Select(row => Serialize(new List<T> { row })));

    /// <summary>An article file: the front matter between two '---' lines, then the Markdown body.</summary>
    internal static string Article(ArticleFrontMatter frontMatter, string body) =>
        $"---\n{Serialize(frontMatter)}---\n{Text(body).Trim()}\n";

    /// <summary>Text as the files hold it: \n line ends (a browser sends the editors' text with \r\n).</summary>
    internal static string Text(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

    /// <summary>Optional text: left out of the file when empty, which the reader takes as empty.</summary>
    internal static string? Optional(string? text) => string.IsNullOrEmpty(text) ? null : Text(text);

    /// <summary>
    /// Long text, written as a literal block ending in one line break (<c>|</c>, not <c>|-</c>), as the hand-written files
    /// do: the reader trims it.
    /// </summary>
    internal static string Block(string text) => Text(text) + "\n";

    internal static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>An enum value as the files write it ("car-t", "contact-now"): the reverse of <see cref="ContentFileFields.ParseEnum{TEnum}"/>.</summary>
    internal static string FileWord<TEnum>(TEnum value) where TEnum : struct, Enum
    {
        var name = value.ToString();
        var word = new StringBuilder(name.Length + 4);
        foreach (var c in name)
        {
            if (char.IsUpper(c) && word.Length > 0)
            {
                word.Append('-');
            }

            word.Append(char.ToLowerInvariant(c));
        }

        return word.ToString();
    }

    private static string Serialize(object graph)
    {
        // Built for each document: the styles keep the nesting of the one they are writing.
        var serializer = new SerializerBuilder()
            .WithNamingConvention(UnderscoredNamingConvention.Instance)
            .WithQuotingNecessaryStrings()
            .ConfigureDefaultValuesHandling(DefaultValuesHandling.OmitNull | DefaultValuesHandling.OmitDefaults | DefaultValuesHandling.OmitEmptyCollections)
            .WithEventEmitter(next => new ContentFileStyles(next))
            .Build();
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        var settings = new EmitterSettings().WithBestWidth(int.MaxValue).WithIndentedSequences().WithNewLine("\n");
        serializer.Serialize(new Emitter(text, settings), graph);
        return text.ToString();
    }
}
