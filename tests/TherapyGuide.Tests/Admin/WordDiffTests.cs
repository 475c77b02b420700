using DiffPlex.DiffBuilder.Model;
using TherapyGuide.Web.Areas.Admin.Pages;

namespace TherapyGuide.Tests.Admin;

/// <summary>What an editor sees changed between two versions of a field: the words, not whole paragraphs.</summary>
public sealed class WordDiffTests
{
    [Fact]
    public void A_sentence_added_to_a_paragraph_is_marked_alone_and_the_rest_of_the_paragraph_stays_plain()
    {
        var before = "## How it is given\n\nCAR-T is given once, as a drip. Recovery takes weeks.\n\nAsk your team.";
        var after = "## How it is given\n\nCAR-T is given once, as a drip. Most people stay in hospital. Recovery takes weeks.\n\nAsk your team.";

        var compared = WordDiff.Compare(before, after);

        var passage = Assert.Single(compared.Passages);
        Assert.Equal(1, passage.LinesBefore);
        Assert.Equal(1, compared.LinesAfter);
        Assert.DoesNotContain(passage.Pieces, p => p.Change == ChangeType.Deleted);
        var added = Assert.Single(passage.Pieces, p => p.Change == ChangeType.Inserted);
        Assert.Contains("Most people stay in hospital.", added.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Recovery", added.Text, StringComparison.Ordinal);
        Assert.Equal("CAR-T is given once, as a drip. Most people stay in hospital. Recovery takes weeks.", string.Concat(passage.Pieces.Select(p => p.Text)));
    }

    [Fact]
    public void Neighbouring_changed_words_read_as_one_removal_then_one_addition()
    {
        var passage = Assert.Single(WordDiff.Compare("the red car stops", "a blue car stops").Passages);

        Assert.Equal(
            [new(ChangeType.Deleted, "the red"), new(ChangeType.Inserted, "a blue"), new(ChangeType.Unchanged, " car stops")],
            passage.Pieces);
    }

    [Fact]
    public void A_changed_mark_is_marked_without_its_word()
    {
        var passage = Assert.Single(WordDiff.Compare("Call your team now", "Call your team now!").Passages);

        Assert.Equal([new(ChangeType.Unchanged, "Call your team now"), new(ChangeType.Inserted, "!")], passage.Pieces);
    }

    [Fact]
    public void A_rewritten_paragraph_is_shown_removed_then_added_whole()
    {
        var compared = WordDiff.Compare("Side effects are usually mild.", "Tell your care team about any fever at once.");

        Assert.Equal(
            [[new TextPiece(ChangeType.Deleted, "Side effects are usually mild.")], [new TextPiece(ChangeType.Inserted, "Tell your care team about any fever at once.")]],
            compared.Passages.Select(p => p.Pieces.ToArray()).ToArray());
    }

    [Fact]
    public void Unchanged_lines_between_changes_are_counted_not_shown_and_blank_lines_do_not_count()
    {
        var before = "A fever\n\nChills\n\nHeadache\nRash\nTiredness";
        var after = "A high fever\n\nChills\n\nHeadache\nRash\nTiredness\nConfusion";

        var compared = WordDiff.Compare(before, after);

        Assert.Equal([0, 4], compared.Passages.Select(p => p.LinesBefore));
        Assert.Equal(0, compared.LinesAfter);
        Assert.Equal("Confusion", Assert.Single(compared.Passages[1].Pieces, p => p.Change == ChangeType.Inserted).Text);
    }

    [Fact]
    public void Only_blank_lines_and_line_endings_changed_shows_no_passage()
    {
        var compared = WordDiff.Compare("One\r\nTwo", "One\n\n\nTwo\n");

        Assert.Empty(compared.Passages);
    }
}
