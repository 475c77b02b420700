using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.EventEmitters;

namespace TherapyGuide.Web.Content.Files;

/// <summary>
/// Gives written content files the hand-written files' look, so that an export differs from them only where the content
/// does: text in double quotes (a multi-line text as a literal block), the words of a <see cref="WordList"/> on one line,
/// slugs, dates and kinds plain. Each style is only asked of YamlDotNet's emitter, which still escapes or quotes whatever
/// that style cannot hold.
/// </summary>
/// <remarks>Keeps the nesting of the document it is writing: one instance writes one document at a time.</remarks>
internal sealed class ContentFileStyles(IEventEmitter nextEmitter) : ChainedEventEmitter(nextEmitter)
{
    // The list each value is in (null: a mapping's), since an item's event does not say which list it belongs to.
    private readonly Stack<Type?> _containers = new();

    public override void Emit(MappingStartEventInfo eventInfo, IEmitter emitter)
    {
        _containers.Push(null);
        base.Emit(eventInfo, emitter);
    }

    public override void Emit(MappingEndEventInfo eventInfo, IEmitter emitter)
    {
        _containers.Pop();
        base.Emit(eventInfo, emitter);
    }

    public override void Emit(SequenceStartEventInfo eventInfo, IEmitter emitter)
    {
        ArgumentNullException.ThrowIfNull(eventInfo);
        if (eventInfo.Source.Type == typeof(WordList))
        {
            eventInfo.Style = SequenceStyle.Flow;
        }

        _containers.Push(eventInfo.Source.Type);
        base.Emit(eventInfo, emitter);
    }

    public override void Emit(SequenceEndEventInfo eventInfo, IEmitter emitter)
    {
        _containers.Pop();
        base.Emit(eventInfo, emitter);
    }

    public override void Emit(ScalarEventInfo eventInfo, IEmitter emitter)
    {
        ArgumentNullException.ThrowIfNull(eventInfo);
        if (eventInfo.Source.Value is string text)
        {
            var inTextList = _containers.TryPeek(out var list) && list is not null && list != typeof(SlugList);
            if (eventInfo.Style is ScalarStyle.DoubleQuoted or ScalarStyle.Literal || (inTextList && eventInfo.Style is ScalarStyle.Any))
            {
                eventInfo.Style = text.Contains('\n', StringComparison.Ordinal) && FitsLiteralBlock(text) ? ScalarStyle.Literal : ScalarStyle.DoubleQuoted;
            }

            // Anything else (slugs, dates, kinds) stays plain unless it would read back as something else ("null", "123"):
            // the serializer quotes those (WithQuotingNecessaryStrings).
        }

        base.Emit(eventInfo, emitter);
    }

    /// <summary>
    /// Text a literal block gives back exactly: a reader turns a carriage return or another line separator in it into
    /// a plain line break, so such text is written double-quoted, with escapes, instead.
    /// </summary>
    private static bool FitsLiteralBlock(string text) =>
        text.All(c => c is '\n' or '\t' || (!char.IsControl(c) && c is not ('\u2028' or '\u2029' or '\uFEFF')));
}
