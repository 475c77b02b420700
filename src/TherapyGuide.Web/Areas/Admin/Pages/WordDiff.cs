using System.Text;
using DiffPlex;
using DiffPlex.Chunkers;
using DiffPlex.DiffBuilder.Model;

namespace TherapyGuide.Web.Areas.Admin.Pages;

/// <summary>
/// Where two versions of a field differ, word by word: first the changed lines (a Markdown paragraph is one line), then
/// the changed words inside each run of them, so an added sentence is marked as that sentence, not as its paragraph.
/// </summary>
public static class WordDiff
{
    /// <summary>
    /// A passage that keeps less than this share of its words has been rewritten: it reads better as the old text
    /// removed and the new text added, whole, than as a scatter of small changes.
    /// </summary>
    private const double RewrittenBelow = 0.4;

    public static TextComparison Compare(string oldText, string newText)
    {
        ArgumentNullException.ThrowIfNull(oldText);
        ArgumentNullException.ThrowIfNull(newText);
        var lines = Differ.Instance.CreateDiffs(
            oldText.ReplaceLineEndings("\n"), newText.ReplaceLineEndings("\n"), ignoreWhiteSpace: false, ignoreCase: false, LineChunker.Instance);
        var passages = new List<ChangedPassage>();
        var next = 0; // the first line of the new text not yet accounted for
        var unchanged = 0;
        foreach (var block in lines.DiffBlocks)
        {
            unchanged += NonBlank(lines.PiecesNew, next, block.InsertStartB - next);
            next = block.InsertStartB + block.InsertCountB;
            var before = Passage(lines.PiecesOld, block.DeleteStartA, block.DeleteCountA);
            var after = Passage(lines.PiecesNew, block.InsertStartB, block.InsertCountB);
            if (before.Length == 0 && after.Length == 0)
            {
                continue; // blank lines added or taken away: nothing a reader of the page would see
            }

            foreach (var pieces in Words(before, after))
            {
                passages.Add(new ChangedPassage(unchanged, pieces));
                unchanged = 0;
            }
        }

        unchanged += NonBlank(lines.PiecesNew, next, lines.PiecesNew.Count - next);
        return new TextComparison(passages, unchanged);
    }

    /// <summary>The passage's words marked kept, removed and added; a rewritten passage as two: the old removed, the new added.</summary>
    private static IEnumerable<IReadOnlyList<TextPiece>> Words(string before, string after)
    {
        if (before.Length == 0 || after.Length == 0)
        {
            yield return before.Length == 0 ? [new(ChangeType.Inserted, after)] : [new(ChangeType.Deleted, before)];
            yield break;
        }

        var diff = Differ.Instance.CreateDiffs(before, after, ignoreWhiteSpace: false, ignoreCase: false, WordsAndSpaces.Instance);
        var pieces = new List<TextPiece>();
        var next = 0;
        foreach (var block in diff.DiffBlocks)
        {
            Add(pieces, ChangeType.Unchanged, diff.PiecesNew, next, block.InsertStartB - next);
            Add(pieces, ChangeType.Deleted, diff.PiecesOld, block.DeleteStartA, block.DeleteCountA);
            Add(pieces, ChangeType.Inserted, diff.PiecesNew, block.InsertStartB, block.InsertCountB);
            next = block.InsertStartB + block.InsertCountB;
        }

        Add(pieces, ChangeType.Unchanged, diff.PiecesNew, next, diff.PiecesNew.Count - next);
        var kept = pieces.Where(p => p.Change == ChangeType.Unchanged).Sum(p => Letters(p.Text));
        if (kept < RewrittenBelow * Math.Max(Letters(before), Letters(after)))
        {
            yield return [new(ChangeType.Deleted, before)];
            yield return [new(ChangeType.Inserted, after)];
            yield break;
        }

        yield return Joined(pieces);
    }

    /// <summary>
    /// Neighbouring changes as one removal followed by one addition: the spaces between two changed words count as
    /// changed too, so "the red car" to "a blue car" reads "<del>the red</del><ins>a blue</ins> car", not word by word.
    /// </summary>
    private static List<TextPiece> Joined(List<TextPiece> pieces)
    {
        var joined = new List<TextPiece>();
        var removed = new StringBuilder();
        var added = new StringBuilder();
        for (var i = 0; i < pieces.Count; i++)
        {
            var piece = pieces[i];
            var between = piece.Change == ChangeType.Unchanged && string.IsNullOrWhiteSpace(piece.Text)
                && (removed.Length > 0 || added.Length > 0) && i + 1 < pieces.Count;
            if (piece.Change == ChangeType.Unchanged && !between)
            {
                Flush(joined, removed, added);
                joined.Add(piece);
                continue;
            }

            if (piece.Change != ChangeType.Inserted)
            {
                removed.Append(piece.Text);
            }

            if (piece.Change != ChangeType.Deleted)
            {
                added.Append(piece.Text);
            }
        }

        Flush(joined, removed, added);
        return joined;
    }

    private static void Flush(List<TextPiece> joined, StringBuilder removed, StringBuilder added)
    {
        if (removed.Length > 0)
        {
            joined.Add(new TextPiece(ChangeType.Deleted, removed.ToString()));
        }

        if (added.Length > 0)
        {
            joined.Add(new TextPiece(ChangeType.Inserted, added.ToString()));
        }

        removed.Clear();
        added.Clear();
    }

    private static void Add(List<TextPiece> pieces, ChangeType change, IReadOnlyList<string> chunks, int start, int count)
    {
        if (count > 0)
        {
            pieces.Add(new TextPiece(change, string.Concat(chunks.Skip(start).Take(count))));
        }
    }

    /// <summary>The lines as one text, without the blank lines at either end.</summary>
    private static string Passage(IReadOnlyList<string> lines, int start, int count) =>
        string.Join('\n', lines.Skip(start).Take(count)).Trim('\n');

    private static int NonBlank(IReadOnlyList<string> lines, int start, int count) =>
        lines.Skip(start).Take(count).Count(line => !string.IsNullOrWhiteSpace(line));

    private static int Letters(string text) => text.Count(c => !char.IsWhiteSpace(c));

    /// <summary>
    /// Words (letters and digits), runs of spaces, line breaks and single marks, each a piece, which together give back
    /// the text exactly. DiffPlex's own word chunker splits only at spaces and a few marks, so a changed quotation mark,
    /// colon or hyphen would mark its whole word changed.
    /// </summary>
    private sealed class WordsAndSpaces : IChunker
    {
        public static readonly WordsAndSpaces Instance = new();

        public IReadOnlyList<string> Chunk(string text)
        {
            var chunks = new List<string>();
            var start = 0;
            while (start < text.Length)
            {
                var end = start + 1;
                var kind = KindOf(text[start]);
                if (kind != CharKind.Mark)
                {
                    while (end < text.Length && KindOf(text[end]) == kind)
                    {
                        end++;
                    }
                }

                chunks.Add(text[start..end]);
                start = end;
            }

            return chunks;
        }

        private static CharKind KindOf(char c) =>
            char.IsLetterOrDigit(c) ? CharKind.Word
            : c == '\n' ? CharKind.Mark
            : char.IsWhiteSpace(c) ? CharKind.Space
            : CharKind.Mark;

        private enum CharKind
        {
            Word,
            Space,
            Mark,
        }
    }
}
