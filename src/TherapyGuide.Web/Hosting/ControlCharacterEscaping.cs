using System.Buffers;
using System.Globalization;
using System.Text;
using Serilog.Core;
using Serilog.Events;

namespace TherapyGuide.Web.Hosting;

/// <summary>
/// Escapes control characters in every value the site logs (<c>\r</c>, <c>\n</c>, <c>\t</c>, else <c>\u001b</c>),
/// inside lists, objects and dictionaries too. Values such as a request's path come from whoever sends the request:
/// raw, a CR/LF would let it write a line that looks like another request, and an ESC would send escape codes to
/// the operator's terminal. Properties stay properties: only their text changes, never the message template.
/// </summary>
public sealed class ControlCharacterEscaping : ILogEventEnricher
{
    // C0 and C1 controls and DEL (char.IsControl), and the Unicode line and paragraph separators, which some
    // viewers also break lines at.
    private static readonly SearchValues<char> _escaped = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Select(c => (char)c), .. Enumerable.Range(0x7f, 0x21).Select(c => (char)c), '\u2028', '\u2029']);

    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        List<LogEventProperty>? escaped = null;
        foreach (var (name, value) in logEvent.Properties)
        {
            var safe = Escape(value);
            if (!ReferenceEquals(safe, value))
            {
                (escaped ??= []).Add(new LogEventProperty(name, safe));
            }
        }

        // Replaced after the loop, which must not change the properties it walks.
        foreach (var property in escaped ?? [])
        {
            logEvent.AddOrUpdateProperty(property);
        }
    }

    /// <summary>The text with its control characters escaped; the same instance when it has none.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = text.AsSpan().IndexOfAny(_escaped);
        if (first < 0)
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16).Append(text, 0, first);
        foreach (var c in text.AsSpan(first))
        {
            _ = c switch
            {
                '\r' => escaped.Append(@"\r"),
                '\n' => escaped.Append(@"\n"),
                '\t' => escaped.Append(@"\t"),
                _ when _escaped.Contains(c) => escaped.Append(CultureInfo.InvariantCulture, $@"\u{(int)c:x4}"),
                _ => escaped.Append(c),
            };
        }

        return escaped.ToString();
    }

    /// <summary>The value with every text in it escaped; the same instance when nothing needed it.</summary>
    private static LogEventPropertyValue Escape(LogEventPropertyValue value) => value switch
    {
        ScalarValue { Value: string text } => Escaped(value, text),
        ScalarValue { Value: null } or ScalarValue { Value: bool or Enum or DateTime or DateTimeOffset or TimeSpan or Guid } => value,
        // Numbers render as digits; anything else (a char, a PathString, a Uri) renders as its text, so that is checked.
        ScalarValue { Value: var other } when other.GetType().IsPrimitive && other is not char => value,
        ScalarValue { Value: decimal } => value,
        ScalarValue { Value: var other } => Escaped(value, Convert.ToString(other, CultureInfo.InvariantCulture) ?? ""),
        SequenceValue sequence => EscapeAll(sequence.Elements) is { } elements ? new SequenceValue(elements) : value,
        StructureValue structure => EscapeProperties(structure) ?? value,
        DictionaryValue dictionary => EscapeEntries(dictionary) ?? value,
        _ => value,
    };

    private static LogEventPropertyValue Escaped(LogEventPropertyValue original, string text)
    {
        var escaped = Escape(text);
        return ReferenceEquals(escaped, text) ? original : new ScalarValue(escaped);
    }

    private static List<LogEventPropertyValue>? EscapeAll(IReadOnlyList<LogEventPropertyValue> values)
    {
        List<LogEventPropertyValue>? escaped = null;
        for (var i = 0; i < values.Count; i++)
        {
            var safe = Escape(values[i]);
            if (escaped is null && !ReferenceEquals(safe, values[i]))
            {
                escaped = [.. values.Take(i)];
            }

            escaped?.Add(safe);
        }

        return escaped;
    }

    private static StructureValue? EscapeProperties(StructureValue structure)
    {
        var values = EscapeAll([.. structure.Properties.Select(p => p.Value)]);
        var typeTag = structure.TypeTag is null ? null : Escape(structure.TypeTag);
        if (values is null && ReferenceEquals(typeTag, structure.TypeTag))
        {
            return null;
        }

        var properties = structure.Properties.Select((p, i) => new LogEventProperty(p.Name, values?[i] ?? p.Value));
        return new StructureValue(properties, typeTag);
    }

    private static DictionaryValue? EscapeEntries(DictionaryValue dictionary)
    {
        var changed = false;
        var entries = dictionary.Elements.Select(entry =>
        {
            var key = (ScalarValue)Escape(entry.Key);
            var value = Escape(entry.Value);
            changed |= !ReferenceEquals(key, entry.Key) || !ReferenceEquals(value, entry.Value);
            return new KeyValuePair<ScalarValue, LogEventPropertyValue>(key, value);
        }).ToList();
        return changed ? new DictionaryValue(entries) : null;
    }
}
