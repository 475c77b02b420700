using AngleSharp.Html.Parser;
using TherapyGuide.Web.Content.Reading;

namespace TherapyGuide.Tests.Content;

/// <summary>The matcher's whole-word rules, and its answer on input built to make a backtracking pattern spin.</summary>
public sealed class GlossaryMatcherTests
{
    private const string Hostile = "- - - - - - - - - - - -";

    /// <summary>Hyphens ending in a letter: a backtracking pattern tried every way to split the run before failing.</summary>
    private static readonly string _hyphenRun = new string('-', 3_000) + "x";

    [Fact]
    public void A_spelling_of_spaces_and_hyphens_is_skipped_and_a_long_hyphen_run_is_linked_as_usual()
    {
        GlossaryEntry[] glossary =
        [
            new("t-cell", "T cell", "A white blood cell.", [Hostile]),
            new("hostile", Hostile, "Saved before the rules.", []),
        ];

        var html = GlossaryLinker.Link($"<p>Before {_hyphenRun} T cells after.</p>", glossary);

        var document = new HtmlParser().ParseDocument(html);
        Assert.Equal(["T cells"], document.QuerySelectorAll("button.term").Select(b => b.TextContent));
        Assert.Contains(_hyphenRun, document.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal([Hostile, Hostile], GlossaryMatcher.Skipped(glossary));
        Assert.Equal(["t-cell"], GlossaryMatcher.TermsUsed($"{_hyphenRun} T cells", glossary).Select(e => e.Slug));
    }

    [Theory]
    [InlineData("a b c d e f g h")]
    [InlineData("a-b-c-d-e-f-g-h")]
    [InlineData("T cell")]
    public void A_valid_spelling_against_long_runs_of_spaces_and_hyphens_finds_nothing_and_returns(string spelling)
    {
        var text = "a" + string.Concat(Enumerable.Repeat(" -", 20_000)) + "x " + _hyphenRun + " T" + new string(' ', 20_000) + "-";

        Assert.Null(GlossaryMatcher.Find(text, spelling));
    }

    [Theory]
    [InlineData("CAR T", "Our CAR-T team", "CAR-T")]
    [InlineData("CAR T", "Our CAR  -  T team", "CAR  -  T")]
    [InlineData("CAR T", "Our car t team", "car t")]
    [InlineData("T cell", "Many T-cells.", "T-cells")]
    [InlineData("Antibody", "(antibodyes)", "antibodyes")]
    [InlineData("MS", "People with MS.", "MS")]
    public void Spaces_match_any_run_of_spaces_and_hyphens_in_the_text_in_any_case_with_plural_endings(string spelling, string text, string found)
    {
        var match = GlossaryMatcher.Find(text, spelling);

        Assert.NotNull(match);
        Assert.Equal(found, text.Substring(match.Value.Index, match.Value.Length));
    }

    [Theory]
    [InlineData("T cell", "T cellular")]
    [InlineData("T cell", "pre-T cell")]
    [InlineData("T cell", "T cell-based")]
    [InlineData("CAR-T", "CAR T")]
    [InlineData("MS", "terms and ms")]
    public void Only_whole_words_match(string spelling, string text) => Assert.Null(GlossaryMatcher.Find(text, spelling));

    [Theory]
    [InlineData("T cell", null)]
    [InlineData("CAR-T", null)]
    [InlineData("Graves’ disease", null)]
    [InlineData("CD19", null)]
    [InlineData("T", "at least 2 characters")]
    [InlineData("- - - -", "at least one letter")]
    [InlineData("19", "at least one letter")]
    [InlineData("CAR  T", "single space or hyphen")]
    [InlineData("CAR -T", "single space or hyphen")]
    [InlineData("CAR--T", "single space or hyphen")]
    [InlineData("-CAR", "start or end")]
    [InlineData("CAR\tT", "tabs or line breaks")]
    public void The_spelling_rules_name_what_is_wrong(string spelling, string? why)
    {
        var problem = GlossarySpelling.Problem(spelling);

        if (why is null)
        {
            Assert.Null(problem);
        }
        else
        {
            Assert.Contains(why, problem, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_spelling_longer_than_the_limit_is_refused() =>
        Assert.Contains("characters or fewer", GlossarySpelling.Problem(new string('a', GlossarySpelling.MaxLength + 1)), StringComparison.Ordinal);
}
