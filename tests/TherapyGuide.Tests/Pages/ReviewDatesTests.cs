namespace TherapyGuide.Tests.Pages;

/// <summary>
/// Every page with content says when it was last reviewed and when the next review is due, and the dates are true of
/// everything on it: the oldest last review and the earliest next review of the items it shows.
/// </summary>
public sealed class ReviewDatesTests(ReviewDatesTests.ReviewedSite site) : IClassFixture<ReviewDatesTests.ReviewedSite>
{
    public static TheoryData<string, string, string> PagesAndTheirDates() => new()
    {
        // One item reviewed longest ago, another due soonest: the page gives each date from a different item.
        { "/compare", "2026-03-02", "2027-01-15" },
        { "/conditions", "2026-04-03", "2027-02-16" },
        { "/glossary", "2026-05-04", "2027-03-17" },
        // The urgent-help block is on the page too, and was reviewed longest ago.
        { "/side-effects", "2026-06-05", "2027-04-18" },
        { "/questions", "2026-07-06", "2027-04-19" },
        // A term's own page: its own dates, not the whole list's.
        { $"/glossary/{ReviewedSite.OlderTerm}", "2026-05-04", "2027-03-17" },
        { $"/glossary/{ReviewedSite.CurrentTerm}", ReviewedSite.LastReviewed, ReviewedSite.NextReviewDue },
    };

    [Theory]
    [MemberData(nameof(PagesAndTheirDates))]
    public async Task A_page_shows_the_oldest_last_review_and_the_earliest_next_review_of_what_it_shows(string address, string lastReviewed, string nextReviewDue)
    {
        var footer = await FooterDatesAsync(address);

        Assert.Equal([lastReviewed, nextReviewDue], footer.Dates);
        Assert.StartsWith("Last reviewed: ", footer.Text, StringComparison.Ordinal);
        Assert.Contains(". Next review due: ", footer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_footer_writes_the_dates_out_in_words()
    {
        var footer = await FooterDatesAsync("/compare");

        Assert.Equal("Last reviewed: 2 March 2026. Next review due: 15 January 2027.", footer.Text);
    }

    [Fact]
    public async Task An_article_gives_both_of_its_own_dates_in_the_footer()
    {
        var footer = await FooterDatesAsync("/articles/choosing-a-treatment");

        Assert.Equal([ReviewedSite.LastReviewed, ReviewedSite.NextReviewDue], footer.Dates);
    }

    private async Task<(string[] Dates, string Text)> FooterDatesAsync(string address)
    {
        using var reader = site.CreateClient(new() { AllowAutoRedirect = false });
        var page = await HtmlForm.ParseAsync(await reader.GetAsync(address));
        var meta = page.QuerySelector(".site-footer__meta") ?? throw new InvalidOperationException($"{address} shows no review dates.");
        var dates = meta.QuerySelectorAll("time").Select(t => t.GetAttribute("datetime") ?? "").ToArray();
        return (dates, string.Join(' ', meta.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
    }

    /// <summary>The site over a copy of data/content in which a few items carry other review dates than the rest.</summary>
    public sealed class ReviewedSite : IDisposable
    {
        /// <summary>The dates every committed item has.</summary>
        public const string LastReviewed = "2026-11-23";

        public const string NextReviewDue = "2027-05-23";

        public const string OlderTerm = "antibody";

        public const string CurrentTerm = "autoimmune-disease";

        private readonly DirectoryInfo _content = Directory.CreateTempSubdirectory("tg-review-dates-");
        private readonly TestSite _site;

        public ReviewedSite()
        {
            foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Content, "*", SearchOption.AllDirectories))
            {
                var copy = Path.Combine(_content.FullName, Path.GetRelativePath(RepositoryPaths.Content, file));
                Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
                File.Copy(file, copy);
            }

            SetDates("comparison.yml", "how-given", lastReviewed: "2026-03-02");
            SetDates("comparison.yml", "hospital-stay", nextReviewDue: "2027-01-15");
            SetDates("conditions.yml", "melanoma", lastReviewed: "2026-04-03");
            SetDates("conditions.yml", "lupus", nextReviewDue: "2027-02-16");
            SetDates("glossary.yml", OlderTerm, lastReviewed: "2026-05-04", nextReviewDue: "2027-03-17");
            SetDates("side-effects.yml", "brain-and-nerve-effects", nextReviewDue: "2027-04-18");
            SetDates("urgent-help.yml", "urgent-help", lastReviewed: "2026-06-05");
            SetDates("questions.yml", "what-to-expect", lastReviewed: "2026-07-06");
            SetDates("questions.yml", "side-effects", nextReviewDue: "2027-04-19");
            _site = new TestSite(contentPath: _content.FullName);
        }

        public HttpClient CreateClient(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions options) => _site.CreateClient(options);

        public void Dispose()
        {
            _site.Dispose();
            _content.Delete(recursive: true);
        }

        /// <summary>Gives one item of a list file other dates, as a content author would write them.</summary>
        private void SetDates(string file, string slug, string? lastReviewed = null, string? nextReviewDue = null)
        {
            var path = Path.Combine(_content.FullName, file);
            var text = File.ReadAllText(path);
            var item = $"- slug: {slug}\n  last_reviewed: {LastReviewed}\n  next_review_due: {NextReviewDue}\n";
            Assert.Contains(item, text, StringComparison.Ordinal);
            File.WriteAllText(path, text.Replace(
                item,
                $"- slug: {slug}\n  last_reviewed: {lastReviewed ?? LastReviewed}\n  next_review_due: {nextReviewDue ?? NextReviewDue}\n",
                StringComparison.Ordinal));
        }
    }
}
