using TherapyGuide.Web.Content;
using TherapyGuide.Web.Content.Files;
using Xunit.Abstractions;

namespace TherapyGuide.Tests.Content;

public sealed class ReadingLevelTests(ITestOutputHelper output)
{
    [Fact]
    public void Short_plain_sentences_score_a_low_grade_and_long_technical_ones_a_high_grade()
    {
        var plain = ReadingLevel.Grade("The cells go back in. They find the cancer. They kill it.");
        var hard = ReadingLevel.Grade(
            "Chimeric antigen receptor modification facilitates immunological recognition of malignant hematological proliferations, " +
            "consequently necessitating comprehensive institutional pharmacovigilance infrastructure.");

        Assert.True(plain < 3, $"plain text scored {plain}");
        Assert.True(hard > 14, $"technical text scored {hard}");
    }

    [Theory]
    [InlineData("cat", 1)]
    [InlineData("cancer", 2)]
    [InlineData("immune", 2)]
    [InlineData("therapy", 3)]
    [InlineData("immunotherapy", 6)]
    [InlineData("changed", 1)]
    [InlineData("wanted", 2)]
    [InlineData("changes", 2)]
    [InlineData("makes", 1)]
    [InlineData("people", 2)]
    public void Syllables_are_counted_by_vowel_groups(string word, int syllables) =>
        Assert.Equal(syllables, ReadingLevel.CountSyllables(word));

    [Fact]
    public void Every_article_we_publish_reads_at_grade_eight_or_lower()
    {
        var articles = new ContentFolder(RepositoryPaths.Content, new MarkdownRenderer()).LoadArticles();

        foreach (var article in articles)
        {
            output.WriteLine($"{article.Slug}: grade {article.ReadingGrade}, {article.WordCount} words");
        }

        Assert.All(articles, a => Assert.True(a.ReadingGrade <= 8, $"{a.Slug} reads at grade {a.ReadingGrade}"));
    }
}
