using TherapyGuide.Web.Content;
using TherapyGuide.Web.Content.Files;

namespace TherapyGuide.Tests.Content;

/// <summary>Every item in the content files carries its review dates, read as strictly as the articles' are.</summary>
public sealed class ReviewDateFileTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("tg-review-files-");

    public void Dispose() => _folder.Delete(recursive: true);

    public static TheoryData<string, string> ListFiles() => new()
    {
        { "comparison.yml", "how-it-works" },
        { "side-effects.yml", "cytokine-release-syndrome" },
        { "conditions.yml", "lung-cancer" },
        { "glossary.yml", "acetylcholine-receptor" },
        { "urgent-help.yml", "urgent-help" },
        { "questions.yml", "about-the-treatment" },
    };

    [Fact]
    public void Every_committed_item_has_a_next_review_after_its_last()
    {
        var folder = new ContentFolder(RepositoryPaths.Content, new MarkdownRenderer());
        IEnumerable<ContentItem>[] kinds =
        [
            folder.LoadComparison(), folder.LoadSideEffects(), folder.LoadConditions(), folder.LoadGlossary(), folder.LoadUrgentHelp(),
        ];

        Assert.All(kinds.SelectMany(items => items), item => Assert.True(
            item.LastReviewed != default && item.NextReviewDue > item.LastReviewed,
            $"{item.Slug}: {item.LastReviewed} to {item.NextReviewDue}"));
        Assert.All(folder.LoadQuestions(), group => Assert.True(group.NextReviewDue > group.LastReviewed, group.Slug));
    }

    [Theory]
    [MemberData(nameof(ListFiles))]
    public void An_item_without_its_last_review_date_is_reported_with_its_file_and_item(string file, string firstSlug)
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryPaths.Content, file)).ToList();
        lines.Remove(lines.First(l => l.StartsWith("  last_reviewed:", StringComparison.Ordinal)));
        File.WriteAllLines(Path.Combine(_folder.FullName, file), lines);

        var error = Assert.Throws<InvalidDataException>(() => Load(file));

        Assert.Equal($"data/content/{file}, item '{firstSlug}': 'last_reviewed' is missing", error.Message);
    }

    [Theory]
    [InlineData("2027-13-01", "'next_review_due' must be a date written yyyy-mm-dd")]
    [InlineData("next spring", "'next_review_due' must be a date written yyyy-mm-dd")]
    [InlineData("2026-11-23", "'next_review_due' must come after 'last_reviewed'")]
    [InlineData("2026-01-01", "'next_review_due' must come after 'last_reviewed'")]
    public void A_next_review_date_that_is_not_a_date_or_not_after_the_last_is_refused(string nextReviewDue, string reason)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Content, "side-effects.yml"));
        var first = text.IndexOf("  next_review_due: 2027-05-23\n", StringComparison.Ordinal);
        File.WriteAllText(
            Path.Combine(_folder.FullName, "side-effects.yml"),
            string.Concat(text.AsSpan(0, first), $"  next_review_due: {nextReviewDue}\n", text.AsSpan(first + "  next_review_due: 2027-05-23\n".Length)));

        var error = Assert.Throws<InvalidDataException>(() => Load("side-effects.yml"));

        Assert.Equal($"data/content/side-effects.yml, item 'cytokine-release-syndrome': {reason}", error.Message);
    }

    private void Load(string file)
    {
        var folder = new ContentFolder(_folder.FullName, new MarkdownRenderer());
        _ = file switch
        {
            "comparison.yml" => folder.LoadComparison().Count,
            "side-effects.yml" => folder.LoadSideEffects().Count,
            "conditions.yml" => folder.LoadConditions().Count,
            "glossary.yml" => folder.LoadGlossary().Count,
            "urgent-help.yml" => folder.LoadUrgentHelp().Count,
            "questions.yml" => folder.LoadQuestions().Count,
            _ => throw new ArgumentOutOfRangeException(nameof(file)),
        };
    }
}
